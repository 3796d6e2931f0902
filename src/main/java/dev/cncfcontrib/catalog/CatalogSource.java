package dev.cncfcontrib.catalog;

import java.io.ByteArrayInputStream;

/**
 * Turns downloaded bytes into a catalog: a catalog JSON file is read as it is; anything else is taken for a
 * landscape file and imported with the overlay. Either way the result has been read back by
 * {@link CatalogReader} before anyone may install it.
 */
public final class CatalogSource {

    /** A checked catalog and the exact bytes to install. */
    public record Checked(Catalog catalog, byte[] bytes, boolean fromLandscape) {
    }

    private CatalogSource() {
    }

    /**
     * @param origin    the URL or file the bytes came from, for messages
     * @param sourceUrl the URL to cite for a landscape's facts, or null for the overlay's landscape source (a
     *                  local file has no URL of its own)
     * @param date      the date to cite with it (the day it was fetched), or null with a null URL
     */
    public static Checked check(byte[] bytes, String origin, String sourceUrl, String date, Overlay overlay) {
        if (looksLikeJson(bytes)) {
            Catalog catalog = new CatalogReader().read(new ByteArrayInputStream(bytes), origin);
            return new Checked(catalog, bytes, false);
        }
        LandscapeImporter.Result result = new LandscapeImporter(overlay)
                .importItems(new LandscapeReader().read(new ByteArrayInputStream(bytes), origin), sourceUrl, date);
        byte[] written = CatalogWriter.bytes(result.catalog());
        Catalog catalog = new CatalogReader().read(new ByteArrayInputStream(written), origin);
        return new Checked(catalog, written, true);
    }

    private static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }
}
