package dev.cncfcontrib.dco;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cncfcontrib.git.Commit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * The DCO check reads commit messages and identities written by anyone. {@link TrailerLine} must agree with the
 * apps' regular expression on every line (a differential test), and {@link DcoChecker} must give a verdict for
 * every commit under every mode without throwing or hanging (its e-mail validators are regular expressions).
 */
class DcoFuzzTest {

    private static final Pattern APP_PATTERN = Pattern.compile("^Signed-off-by: (.*) <(.*)>\\s*$", Pattern.CASE_INSENSITIVE);

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void trailerLineAgreesWithTheAppsPattern(byte[] data) {
        String line = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        if (containsLineTerminator(line)) {
            return; // the checker splits lines first; the pattern's $ would also match before a terminator
        }
        SignOff parsed = TrailerLine.parse(line, 0, line.length());
        Matcher matcher = APP_PATTERN.matcher(line);
        if (matcher.find()) {
            assertThat(parsed).as("line %s", line).isNotNull();
            assertThat(parsed.name()).isEqualTo(matcher.group(1));
            assertThat(parsed.email()).isEqualTo(matcher.group(2));
        } else {
            assertThat(parsed).as("line %s", line).isNull();
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

    private static boolean containsLineTerminator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
