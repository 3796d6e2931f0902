package dev.cncfcontrib.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the files the readers parse, with the same refusals for a catalog, an overlay and a landscape file: a
 * directory, or a file over the reader's size cap, is refused before a byte is read, and every failure is a
 * {@link CatalogException} that names the file.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** {@code kind} names what the file should be, in errors: "is a directory, not a catalog file". */
    static InputStream open(Path file, long maxBytes, String kind) {
        String origin = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new CatalogException(origin, 0, 0, "is a directory, not a " + kind);
            }
            if (Files.size(file) > maxBytes) {
                throw tooLarge(origin, maxBytes, kind);
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new CatalogException(origin, 0, 0, "no such file");
        } catch (IOException e) {
            throw cannotRead(origin, e);
        }
    }

    static CatalogException tooLarge(String origin, long maxBytes, String kind) {
        return new CatalogException(origin, 0, 0, "larger than " + (maxBytes >> 20) + " MiB; not a " + kind);
    }

    static CatalogException cannotRead(String origin, IOException e) {
        return new CatalogException(origin, "cannot read: " + e.getMessage(), e);
    }
}
