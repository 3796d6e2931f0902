package dev.cncfcontrib.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {

    @TempDir
    Path dir;

    @Test
    void resultsSurviveARoundTripWithTheirDates() throws Exception {
        Path file = dir.resolve("cncf-contrib").resolve(LinkCache.FILE_NAME);
        Instant first = Instant.parse("2026-11-20T08:00:00Z");
        Instant second = Instant.parse("2026-11-21T09:30:00Z");
        LinkResult gone = new LinkResult("https://a.test/gone", LinkStatus.CLIENT_ERROR, 404, null, "404 Not Found");
        LinkResult moved = new LinkResult("http://b.test/", LinkStatus.MOVED, 200, "https://b.test/", "permanently redirected");
        LinkCache.write(file, LinkCache.merge(Map.of(), List.of(gone, moved), first));

        LinkResult fixed = new LinkResult("https://a.test/gone", LinkStatus.OK, 200, null, "200 OK");
        LinkCache.write(file, LinkCache.merge(LinkCache.read(file), List.of(fixed), second));
        Map<String, LinkCache.Entry> read = LinkCache.read(file);

        assertThat(read).containsOnlyKeys("https://a.test/gone", "http://b.test/");
        assertThat(read.get("https://a.test/gone")).isEqualTo(new LinkCache.Entry(fixed, "2026-11-21T09:30:00Z"));
        assertThat(read.get("http://b.test/")).isEqualTo(new LinkCache.Entry(moved, "2026-11-20T08:00:00Z"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void missingOrDamagedCacheReadsAsEmpty() throws Exception {
        assertThat(LinkCache.read(dir.resolve("none.json"))).isEmpty();
        Path damaged = Files.writeString(dir.resolve("links.json"), "{\"version\": 1, \"links\": [{\"url\": ");
        assertThat(LinkCache.read(damaged)).isEmpty();
        Path newer = Files.writeString(dir.resolve("newer.json"), "{\"version\": 2, \"links\": []}");
        assertThat(LinkCache.read(newer)).isEmpty();
        Path badDate = Files.writeString(dir.resolve("bad-date.json"),
                "{\"version\": 1, \"links\": [{\"url\": \"https://a.test/\", \"status\": \"ok\", \"checkedAt\": \"yesterday\"}]}");
        assertThat(LinkCache.read(badDate)).isEmpty();
    }
}
