package dev.cncfcontrib.live;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cncfcontrib.view.IssueViews;
import dev.cncfcontrib.view.PullRequestView;
import dev.cncfcontrib.text.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds arbitrary bytes, as the answers of CLOTributor and GitHub and as cache files, to everything that reads them
 * and to the views that show the result. The readers document one failure, {@link LiveException} (an unreadable cache
 * file is no entry, an unreadable digest an {@link IOException}); anything else, or a hang, is a finding. Seeds and
 * past findings live in {@code src/test/resources/dev/cncfcontrib/live/LiveAnswersFuzzTestInputs/<method>/}.
 */
class LiveAnswersFuzzTest {

    /** Answers every request with the fuzzer's bytes. */
    private static CachedGet answering(byte[] data) {
        HttpGetter server = request -> new HttpGetter.Response(200, "OK", Map.of("pagination-total-count", "3"), data);
        return new CachedGet(server, new AnswerCache(null), () -> 1_763_000_000_000L, Clotributor.KEPT_HEADERS);
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void clotributorAnswer(byte[] data) throws IOException {
        try {
            Clotributor.Result result = new Clotributor("https://clotributor.test", answering(data))
                    .search(new IssueQuery(List.of("nats"), List.of("Go"), true, false, List.of(), 20), CachedGet.Mode.NORMAL);
            IssueViews.table(result.issues(), name -> name, List.of("Go"), 1_763_000_000_000L, 80, Style.PLAIN);
            IssueViews.json(result.issues(), name -> name, List.of(), new PrintWriter(new StringWriter()));
            byte[] digest = IssueDigest.INSTANCE.encode(result.issues());
            if (digest != null && !IssueDigest.INSTANCE.decode(digest).equals(result.issues())) {
                throw new AssertionError("the digest does not read back as written");
            }
        } catch (LiveException expected) {
            // the one documented failure
        }
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void githubAnswers(byte[] data) {
        GitHub github = new GitHub("https://api.github.test", answering(data), () -> null);
        try {
            github.searchGoodFirstIssues("nats", List.of("nats-io"), new IssueQuery(List.of(), List.of(), true, false, List.of(), 5),
                    CachedGet.Mode.NORMAL);
        } catch (LiveException expected) {
            // the one documented failure
        }
        try {
            PullRequestData pull = github.pullRequest(new PullRequestRef("nats-io", "nats-server", 1), CachedGet.Mode.NORMAL);
            PullRequestView.text(PullRequestReport.of(pull, null), Style.PLAIN);
        } catch (LiveException expected) {
            // the one documented failure
        }
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void cacheFile(byte[] data) throws IOException {
        Path dir = Files.createTempDirectory("answers-fuzz");
        try {
            String url = "https://clotributor.test/api/issues/search?limit=20";
            Files.write(dir.resolve(AnswerCache.fileName(url)), data);
            new AnswerCache(dir).read(url);
            try {
                IssueDigest.INSTANCE.decode(data);
            } catch (IOException expected) {
                // an unreadable digest: the body is parsed instead
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }
}
