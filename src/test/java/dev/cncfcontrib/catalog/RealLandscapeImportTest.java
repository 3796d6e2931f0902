package dev.cncfcontrib.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cncfcontrib.RealLandscape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole real landscape file, when it is present: every CNCF project, and the committed catalog is current. */
class RealLandscapeImportTest {

    private static Path landscape() {
        assumeTrue(RealLandscape.file().isPresent(),
                "the real landscape.yml is not here: set CNCF_CONTRIB_LANDSCAPE, or put it at ../shared/data/landscape.yml");
        Path file = RealLandscape.file().orElseThrow();
        assertThat(RealLandscape.sha256(file)).as("%s is not the landscape the overlay cites (cncf/landscape 153d699)", file)
                .isEqualTo(RealLandscape.SHA256);
        return file;
    }

    private static byte[] regenerate() {
        Path file = landscape();
        Overlay overlay = new CatalogReader().readOverlay(RealLandscape.projectRoot().resolve("data/overlay.json"));
        LandscapeImporter.Result result = new LandscapeImporter(overlay).importItems(new LandscapeReader().read(file), null, null);
        assertThat(result.warnings()).as("every overlay entry finds its project").isEmpty();
        return CatalogWriter.bytes(result.catalog());
    }

    @Test
    void importsEveryCncfProjectOfTheFile() {
        List<LandscapeReader.Item> items = new LandscapeReader().read(landscape());

        Map<String, Long> byMaturity = items.stream().collect(Collectors.groupingBy(LandscapeReader.Item::project, Collectors.counting()));
        assertThat(byMaturity).containsExactlyInAnyOrderEntriesOf(Map.of("graduated", 38L, "incubating", 38L, "sandbox", 151L, "archived", 28L));
        // the two items written without '- item:' are not CNCF projects, and are not lost either
        assertThat(items).extracting(LandscapeReader.Item::name).contains("Kubernetes", "KubeEdge", "rkt");
        LandscapeReader.Item kubernetes = items.stream().filter(i -> i.name().equals("Kubernetes")).findFirst().orElseThrow();
        assertThat(kubernetes.firstLine()).isEqualTo(4619);
        assertThat(kubernetes.lastLine()).isEqualTo(4653);
    }

    @Test
    void theCommittedCatalogIsWhatTheImporterMakesOfTheLandscapeAndTheOverlay() throws Exception {
        byte[] committed = Files.readAllBytes(RealLandscape.projectRoot().resolve("data/catalog.json"));

        assertThat(new String(regenerate(), java.nio.charset.StandardCharsets.UTF_8))
                .as("data/catalog.json is stale: regenerate it with 'cncf-contrib catalog import --landscape "
                        + "../shared/data/landscape.yml --overlay data/overlay.json -o data/catalog.json'")
                .isEqualTo(new String(committed, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void twoImportsGiveIdenticalBytes() {
        assertThat(regenerate()).isEqualTo(regenerate());
    }
}
