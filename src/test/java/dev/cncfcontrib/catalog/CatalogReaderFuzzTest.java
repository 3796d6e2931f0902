package dev.cncfcontrib.catalog;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds arbitrary bytes to the catalog reader (as a catalog and as an overlay). The reader documents one failure,
 * {@link CatalogException}; any other exception, or a hang, is a finding. Seeds and past findings live in
 * {@code src/test/resources/dev/cncfcontrib/catalog/CatalogReaderFuzzTestInputs/<method>/} and run in every build.
 */
class CatalogReaderFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void catalog(byte[] data) {
        try {
            Catalog catalog = new CatalogReader().read(new ByteArrayInputStream(data), "fuzz.json");
            // what list/show do next with a catalog that was read: index its names, resolve one
            new NameIndex<>(catalog.projects()).suggest("kubernetes");
            new NameIndex<>(catalog.groups());
        } catch (CatalogException expected) {
            // the one documented failure
        }
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void overlay(byte[] data) {
        try {
            new CatalogReader().readOverlay(new ByteArrayInputStream(data), "fuzz-overlay.json");
        } catch (CatalogException expected) {
            // the one documented failure
        }
    }
}
