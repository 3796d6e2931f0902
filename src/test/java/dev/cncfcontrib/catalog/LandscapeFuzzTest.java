package dev.cncfcontrib.catalog;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cncfcontrib.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds arbitrary text to the landscape reader as {@code landscape.yml}, and what it accepts to the importer with
 * the test overlay. Both document one failure, {@link CatalogException}; any other exception, or a hang, is a
 * finding. The catalog the importer builds must also be one the catalog reader accepts back.
 */
class LandscapeFuzzTest {

    private static final Overlay OVERLAY = new CatalogReader().readOverlay(
            new ByteArrayInputStream(Fixtures.text("overlay-small.json").getBytes(StandardCharsets.UTF_8)), "overlay-small.json");

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void landscape(byte[] yaml) {
        List<LandscapeReader.Item> items;
        try {
            items = new LandscapeReader().read(new ByteArrayInputStream(yaml), "fuzz.yml");
        } catch (CatalogException expected) {
            return;
        }
        try {
            new LandscapeImporter(OVERLAY).importItems(items, "https://example.org/landscape.yml", "2026-01-01");
        } catch (CatalogException expected) {
            // e.g. two items that become the same id: reported as a data error
        }
    }
}
