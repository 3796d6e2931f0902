package dev.cncfcontrib.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses to read past a size limit, so that a huge or endless input fails early instead of filling memory. */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final String origin;
    private long count;

    BoundedInputStream(InputStream in, long limit, String origin) {
        super(in);
        this.limit = limit;
        this.origin = origin;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        count += n;
        if (count > limit) {
            throw new CatalogException(origin, 0, 0, "larger than " + (limit >> 20) + " MiB; refused as too large");
        }
    }
}
