package dev.cncfcontrib.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer cache keeps what the server sent, and treats anything it cannot read as no entry. */
class AnswerCacheTest {

    private static final String URL = "https://clotributor.dev/api/issues/search?limit=20&project[0]=nats";

    @TempDir
    Path dir;

    @Test
    void anEntryComesBackAsWritten() {
        AnswerCache cache = new AnswerCache(dir);
        byte[] body = "[{\"title\": \"caf\u00e9\"}]\n".getBytes(StandardCharsets.UTF_8);

        byte[] digest = {1, 2, 3};
        assertThat(cache.write(new AnswerCache.Entry(URL, 1_700_000_000_000L, "\"v1\"", null, Map.of("pagination-total-count", "7"), body,
                digest))).isTrue();
        AnswerCache.Entry read = cache.read(URL);

        assertThat(read.body()).isEqualTo(body);
        assertThat(read.fetchedMillis()).isEqualTo(1_700_000_000_000L);
        assertThat(read.etag()).isEqualTo("\"v1\"");
        assertThat(read.lastModified()).isNull();
        assertThat(read.headers()).containsEntry("pagination-total-count", "7");
        assertThat(read.digest()).containsExactly(1, 2, 3);
        assertThat(cache.read(URL + "&offset=20")).isNull();
    }

    @Test
    void aDamagedTruncatedOrForeignFileIsNoEntry() throws IOException {
        AnswerCache cache = new AnswerCache(dir);
        Path file = dir.resolve(AnswerCache.fileName(URL));
        cache.write(new AnswerCache.Entry(URL, 1, null, null, Map.of(), "[1, 2, 3]".getBytes(StandardCharsets.UTF_8), null));
        byte[] whole = Files.readAllBytes(file);
        assertThat(cache.read(URL)).isNotNull();

        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));
        assertThat(cache.read(URL)).isNull();
        Files.writeString(file, "{\"url\": \"" + URL + "\", \"fetched\": 1}\n[]");
        assertThat(cache.read(URL)).isNull();
        cache.write(new AnswerCache.Entry("https://elsewhere.test/", 1, null, null, Map.of(), new byte[0], null));
        Files.move(dir.resolve(AnswerCache.fileName("https://elsewhere.test/")), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(cache.read(URL)).isNull();
    }

    @Test
    void somethingOtherThanARegularFileIsNeverReplaced() throws IOException {
        AnswerCache cache = new AnswerCache(dir);
        Path file = dir.resolve(AnswerCache.fileName(URL));
        Files.createDirectories(file);

        assertThat(cache.write(new AnswerCache.Entry(URL, 1, null, null, Map.of(), new byte[] {'[', ']'}, null))).isFalse();
        assertThat(file).isDirectory();
    }

    @Test
    void withoutADirectoryThereIsNoCache() {
        AnswerCache cache = new AnswerCache(null);
        assertThat(cache.write(new AnswerCache.Entry(URL, 1, null, null, Map.of(), new byte[0], null))).isFalse();
        assertThat(cache.read(URL)).isNull();
    }
}
