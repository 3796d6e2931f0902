package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog is data from outside: nothing in it may reach the terminal as a control sequence. */
class TerminalSafetyTest {

    /** Clear screen, an OSC 8 hyperlink, a C1 CSI, a right-to-left override, a bell, a lone carriage return. */
    static final String HOSTILE = "Evil\u001b[2J\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\\u009b31m\u202egnp.exe\u0007\rX";

    @TempDir
    Path home;

    private CliRun cli;
    private String catalog;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(home).terminal(200, true);
        String json = Fixtures.text("catalog-small.json");
        String escaped = new ObjectMapper().writeValueAsString(HOSTILE);
        escaped = escaped.substring(1, escaped.length() - 1);
        json = json.replace("\"name\": \"NATS\"", "\"name\": \"" + escaped + "\"")
                .replace("\"description\": \"Cloud native messaging.\"", "\"description\": \"" + escaped + "\"")
                .replace("\"workspace\": \"NATS Slack\"", "\"workspace\": \"" + escaped + "\"");
        catalog = Fixtures.write(home, "hostile.json", json).toString();
    }

    private static void assertNothingRaw(String output) {
        String withoutOurColours = output.replaceAll("\u001b\\[\\d{1,2}m", "");
        for (int i = 0; i < withoutOurColours.length(); i++) {
            char c = withoutOurColours.charAt(i);
            assertThat(c < 0x20 && c != '\n' && c != '\r' || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0x202e)
                    .as("raw control U+%04X at %d in:%n%s", (int) c, i, withoutOurColours).isFalse();
        }
        assertThat(output).doesNotContain("\r");
    }

    @ParameterizedTest
    @CsvSource({"list,table", "list,csv", "list,markdown", "show,text", "show,markdown"})
    void everyTextFormatShowsControlCharactersVisibly(String command, String format) {
        Result result = command.equals("list")
                ? cli.run("list", "--catalog", catalog, "-o", format)
                : cli.run("show", "--catalog", catalog, "nats", "-o", format);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertNothingRaw(result.out());
        String visible = format.equals("markdown") ? result.out().replace("\\\\", "\\").replace("\\[", "[") : result.out();
        assertThat(visible).as(result.out()).contains("\\x1b[2J").contains("\\u202e");
    }

    @Test
    void jsonEscapesThemAndRoundTrips() throws Exception {
        Result result = cli.run("show", "--catalog", catalog, "nats", "-o", "json");

        assertNothingRaw(result.out());
        assertThat(result.out()).containsIgnoringCase("\\u001b").contains("\\u009b").contains("\\u202e");
        JsonNode project = new ObjectMapper().readTree(result.out());
        assertThat(project.get("name").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void errorMessagesQuotingTheInputAreSanitisedToo() {
        Result result = cli.run("show", "--catalog", catalog, "\u001b]0;pwned\u0007");

        assertThat(result.exitCode()).isEqualTo(3);
        assertNothingRaw(result.err().replace("\u001b[31m", "").replace("\u001b[0m", ""));
        assertThat(result.err()).contains("\\x1b]0;pwned\\x07");
    }
}
