package dev.cncfcontrib.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pre-digested bundled catalog says exactly what data/catalog.json says, and a damaged one is an error. */
class CompiledCatalogTest {

    @Test
    void theBuildCompiledTheBundledCatalogIntoTheClasses() throws Exception {
        try (InputStream in = CompiledCatalogTest.class.getResourceAsStream(CatalogLoader.BUNDLED_COMPILED)) {
            assertThat(in).as("data/catalog.bin on the classpath (made at process-classes)").isNotNull();
        }
    }

    @Test
    void theBundledCatalogReadsTheSameFromItsCompiledFormAsFromItsJson() {
        CatalogLoader loader = new CatalogLoader();
        Catalog fromJson = loader.bundledFromJson();
        Catalog compiled = loader.bundled();

        // records compare field by field, so this covers every project, group, channel, list and source
        assertThat(compiled).isEqualTo(fromJson);
        assertThat(compiled.projects()).hasSize(fromJson.projects().size()).isNotEmpty();
        assertThat(compiled.resolveProject("k8s").id()).isEqualTo("kubernetes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog-small.json", "catalog-wizard.json"})
    void aCatalogSurvivesTheRoundTrip(String fixture) throws Exception {
        Catalog catalog = new CatalogReader().read(Path.of(getClass().getResource("/fixtures/" + fixture).toURI()));

        assertThat(CompiledCatalog.decode(CompiledCatalog.encode(catalog), fixture)).isEqualTo(catalog);
    }

    @Test
    void absentFieldsStayAbsentAndNonAsciiTextSurvives() {
        Source source = new Source("https://example.org/ü", null, "ünïcödé ✓ 🚀");
        Project sparse = new Project("p", "Ünïcode ✓", List.of(), Maturity.SANDBOX, "focus", null, "d", null, null,
                null, List.of(), null, List.of(new ChatChannel(ChatPlatform.SLACK, null, "#c", null, null)),
                List.of(), List.of(), null, null, null, null, null, List.of(), List.of(), "2026-01-01",
                Map.of("name", List.of(source)));
        Group group = new Group("g", "G", List.of("gee"), GroupKind.values()[0], GroupStatus.ACTIVE, "d",
                "https://g.example", null, List.of(), List.of(), null, List.of(), "2026-01-01", Map.of());
        Catalog catalog = new Catalog(1, "2026-01-01", null, List.of(sparse), List.of(group));

        assertThat(CompiledCatalog.decode(CompiledCatalog.encode(catalog), "test")).isEqualTo(catalog);
    }

    @Test
    void everyTruncationIsReportedAsADamagedCatalog() {
        byte[] whole = CompiledCatalog.encode(new CatalogLoader().bundledFromJson());
        // every cut in the header and tables, then a sample of the rest: the error is always the catalog error
        for (int length = 0; length < whole.length; length += length < 4096 ? 1 : 997) {
            byte[] cut = java.util.Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> CompiledCatalog.decode(cut, "bundled catalog"))
                    .as("cut at %d of %d bytes", length, whole.length)
                    .isInstanceOf(CatalogException.class)
                    .hasMessageContaining("damaged");
        }
    }

    @Test
    void flippedBytesNeverEscapeAsAnythingButACatalogError() {
        byte[] whole = CompiledCatalog.encode(new CatalogLoader().bundledFromJson());
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] damaged = whole.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                CompiledCatalog.decode(damaged, "bundled catalog");
            } catch (CatalogException expected) {
                // a flip inside a string's text decodes to other text; any other damage must be this error
            }
        }
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> CompiledCatalog.decode("{\"schemaVersion\":1}".getBytes(), "x"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("x: the compiled catalog is damaged; rebuild with 'mvn package'");
    }
}
