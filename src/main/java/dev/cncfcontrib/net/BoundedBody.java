package dev.cncfcontrib.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Reads an HTTP body into memory and refuses it as soon as it passes a cap, whether the server announced its length
 * or not: a broken or hostile server cannot exhaust the memory of a download or an API call.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * @param declared   the announced length, -1 when none was
     * @param tooLarge   what is thrown once the body is, or is announced as, longer than {@code maxBytes}
     * @param progress   told the bytes read so far after each chunk
     */
    static byte[] read(InputStream body, long declared, long maxBytes, Supplier<? extends RuntimeException> tooLarge,
                       LongConsumer progress) throws IOException {
        try (InputStream in = body) {
            if (declared > maxBytes) {
                throw tooLarge.get();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 16 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge.get();
                }
                out.write(buffer, 0, n);
                progress.accept(total);
            }
            return out.toByteArray();
        }
    }
}
