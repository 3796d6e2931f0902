package dev.cncfcontrib.dco;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cncfcontrib.git.Commit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * The DCO check reads commit messages and identities written by anyone. {@link TrailerLine} must agree with each
 * app's regular expression, as that app's engine reads it, on every message (a differential test), and
 * {@link DcoChecker} must give a verdict for every commit under every mode without throwing or hanging (its e-mail
 * validators are regular expressions).
 */
class DcoFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void trailerLineAgreesWithTheAppsPattern(byte[] data) {
        String message = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        for (TrailerLine reader : TrailerLine.values()) {
            assertThat(TrailerPatterns.byHand(reader, message)).as("%s with %s", message, reader)
                    .isEqualTo(TrailerPatterns.byPattern(reader, message));
        }
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void everyModeGivesAVerdict(FuzzedDataProvider data) {
        List<String> parents = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            parents.add("p" + i);
        }
        String authorName = data.consumeString(80);
        String authorEmail = data.consumeString(80);
        boolean sameCommitter = data.consumeBoolean();
        String committerName = sameCommitter ? authorName : data.consumeString(80);
        String committerEmail = sameCommitter ? authorEmail : data.consumeString(80);
        String message = data.consumeRemainingAsString();
        Commit commit = new Commit("0123456789abcdef", parents, authorName, authorEmail, committerName, committerEmail, message);
        for (DcoMode mode : DcoMode.values()) {
            CommitCheck check = new DcoChecker(mode).check(commit);
            assertThat(check.status()).isNotNull();
            if (check.status() == CommitCheck.Status.FAILED) {
                assertThat(check.reasons()).as("a failure says why").isNotEmpty();
            }
        }
    }
}
