package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.net.LoopbackDns;
import dev.cncfcontrib.net.Network;
import dev.cncfcontrib.text.TerminalText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that prints catalog, git or file text, in every output format, with and without colour, over a
 * catalog whose every free-text field carries each kind of hostile character: CSI and OSC 8 escape sequences,
 * a C1 CSI (0x9b), bidi overrides and isolates, NUL, BEL, a lone carriage return. Nothing but the program's
 * own colour codes may reach the terminal raw; JSON escapes them and still carries the original text.
 */
class HostileCatalogSweepTest {

    /** Each hostile-input class once; no ESC [ n m in it, so that it cannot hide among our own colour codes. */
    static final String HOSTILE = "Evil\u001b[2J\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\"
            + "\u009b31m\u202egnp.exe\u2066iso\u2069\u200f\u0007\u0000\rX\u001bc\u0085\u2028";
    /** The same without NUL, which cannot travel through git's command line. */
    static final String HOSTILE_FOR_GIT = HOSTILE.replace("\u0000", "");

    /** Free-text fields: ids, URLs, dates and enumerations are checked by the reader and stay valid. */
    private static final Set<String> POISONED = Set.of("name", "description", "focus", "category", "workspace", "channel",
            "note", "howToJoin", "generatedFrom", "notes", "aliases", "licenses", "claName", "bot", "maintainerNotes",
            "clomonitorName");

    @TempDir
    Path home;

    private CliRun cli;
    private Path original;
    private Path hostile;
    private GitRepo repo;

    @BeforeEach
    void setUp() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = Fixtures.text("catalog-small.json");
        original = Fixtures.write(home, "original.json", json);
        JsonNode tree = mapper.readTree(json);
        for (JsonNode project : tree.get("projects")) {
            // the free-text fields the fixture leaves out, so that they are poisoned too
            ObjectNode legal = (ObjectNode) project.get("legal");
            legal.put("claName", "A CLA").put("bot", "a bot").put("conflicting", true).put("note", "files disagree");
            ((ObjectNode) project).putArray("maintainerNotes").add("read from an older copy");
            ((ObjectNode) project).put("clomonitorName", "cm-name");
        }
        poison(tree);
        hostile = Fixtures.write(home, "hostile.json", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));

        repo = GitRepo.init(home.resolve("repo"), home);
        repo.git("config", "user.name", "Jane " + HOSTILE_FOR_GIT);
        repo.commit("Mal " + HOSTILE_FOR_GIT + " <mal@example.org>", GitRepo.JANE,
                "Subject " + HOSTILE_FOR_GIT + "\n\nSigned-off-by: Other " + HOSTILE_FOR_GIT + " <other@example.org>\n");
    }

    private static void poison(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            for (Map.Entry<String, JsonNode> field : entries) {
                JsonNode value = field.getValue();
                if (POISONED.contains(field.getKey()) && value.isTextual()) {
                    object.put(field.getKey(), value.asText() + " " + HOSTILE);
                } else if (POISONED.contains(field.getKey()) && value instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        if (array.get(i).isTextual()) {
                            array.set(i, new TextNode(array.get(i).asText() + " " + HOSTILE));
                        }
                    }
                } else {
                    poison(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(HostileCatalogSweepTest::poison);
        }
    }

    static Stream<Arguments> commands() {
        List<List<String>> lines = List.of(
                List.of("list"), List.of("list", "-o", "csv"), List.of("list", "-o", "markdown"), List.of("list", "-o", "json"),
                List.of("show", "nats"), List.of("show", "nats", "-o", "markdown"), List.of("show", "nats", "-o", "json"),
                List.of("show", "nats", "--sources"), List.of("show", "kubernetes", "--sources", "-o", "markdown"),
                List.of("list", "--legal", "cla"),
                List.of("show", "rkt"), List.of("show", "open-policy-agent", "-o", "markdown"),
                List.of("groups"), List.of("groups", "-o", "csv"), List.of("groups", "-o", "markdown"), List.of("groups", "-o", "json"),
                List.of("groups", "wg-gitops"),
                List.of("plan", "nats"), List.of("plan", "kubernetes", "-o", "markdown"),
                // messages, not only reports (issue 16, finding 4): "Wrote the plan for NAME to FILE"
                List.of("plan", "nats", "--output-file", "OUTFILE"),
                List.of("catalog", "update", "--from", "HOSTILE", "--dry-run"),
                List.of("wizard", "--project", "nats", "--yes"), List.of("status"),
                List.of("open", "nats"),
                List.of("catalog", "info"), List.of("catalog", "validate", "HOSTILE"),
                List.of("catalog", "diff", "ORIGINAL", "HOSTILE"), List.of("catalog", "diff", "ORIGINAL", "HOSTILE", "-o", "markdown"),
                List.of("catalog", "diff", "ORIGINAL", "HOSTILE", "-o", "json"),
                List.of("links", "-t", "1s", "-o", "text"), List.of("links", "-t", "1s", "-o", "markdown"),
                List.of("links", "-t", "1s", "-o", "json"), List.of("links", "-p", "nats", "-t", "1s"),
                List.of("doctor", "--project", "nats", "--repo", "REPO"), List.of("doctor", "--project", "nats", "--repo", "REPO", "-o", "json"),
                List.of("check", "dco", "--repo", "REPO", "--range", "HEAD~1..HEAD"),
                List.of("check", "dco", "--repo", "REPO", "--range", "HEAD~1..HEAD", "-o", "json"),
                List.of("check", "dco", "--repo", "REPO", "--project", "kubernetes", "--range", "HEAD~1..HEAD"),
                List.of("check", "dco", "--repo", "REPO", "--project", "kubernetes", "--range", "HEAD~1..HEAD", "-o", "json"),
                List.of("check", "legal", "--repo", "REPO", "--project", "kubernetes"),
                List.of("check", "legal", "--repo", "REPO", "--project", "kubernetes", "-o", "json"),
                List.of("show", "nats\u001b]0;title\u0007\u202e"),
                List.of("issues", "nats"), List.of("issues", "nats", "-o", "json"), List.of("check", "pr", "nats-io/nats-server#1"));
        List<Arguments> all = new ArrayList<>();
        for (List<String> line : lines) {
            all.add(Arguments.of(line, true));
            all.add(Arguments.of(line, false));
        }
        return all.stream();
    }

    /**
     * links shows only URLs and network errors; open prints only the link it could not open; validate says OK;
     * issues and check pr, without network, only the error.
     */
    @ParameterizedTest(name = "{0} colour={1}")
    @MethodSource("commands")
    void nothingRawReachesTheTerminal(List<String> line, boolean colour) throws Exception {
        List<String> args = new ArrayList<>(List.of("--catalog", hostile.toString()));
        for (String word : line) {
            args.add(switch (word) {
                case "HOSTILE" -> hostile.toString();
                case "ORIGINAL" -> original.toString();
                case "REPO" -> repo.dir().toString();
                case "OUTFILE" -> home.resolve("plan.md").toString();
                default -> word;
            });
        }
        if (line.get(0).equals("status")) {
            run(List.of("--catalog", hostile.toString(), "wizard", "--project", "nats", "--yes"), colour);
        }

        Result result = run(args, colour);

        // never 70, an internal error: a hostile catalog is bad data, not a reason for a bug
        assertThat(Set.of(0, 1, 2, 3, 4, 5)).as(result.toString()).contains(result.exitCode());
        assertNothingRaw(result.out(), colour);
        // links redraws its own progress line on a terminal's stderr: carriage return, erase to the end of the line
        assertNothingRaw(result.err().replace("\r", "").replace("\u001b[K", ""), colour);
        assertThat(result.err()).as("no stack trace").doesNotContain("\tat ");
        String all = result.out() + result.err();
        if (args.contains("json") && !result.out().isEmpty()) {
            JsonNode parsed = new ObjectMapper().readTree(result.out());
            assertThat(parsed.toString()).as("JSON carries the text, escaped").containsAnyOf(
                    new ObjectMapper().writeValueAsString(HOSTILE).replaceAll("^\"|\"$", ""),
                    new ObjectMapper().writeValueAsString(HOSTILE_FOR_GIT).replaceAll("^\"|\"$", ""));
        } else if (!List.of("links", "open", "issues", "check").contains(line.get(0))
                && !line.equals(List.of("catalog", "validate", "HOSTILE"))
                || line.equals(List.of("check", "dco", "--repo", "REPO", "--range", "HEAD~1..HEAD"))) {
            assertThat(all).as("the hostile text is shown, visibly").containsAnyOf("\\x1b", "\\\\x1b");
        }
    }

    private Result run(List<String> args, boolean colour) {
        CliRun run = GitRepo.cli(home).terminal(200, colour).network(Network.withDns(LoopbackDns.NOTHING_RESOLVES))
                .with(context -> context.urlOpener(url -> false));
        return run.run(args.toArray(String[]::new));
    }

    /** With colour, only SGR sequences of the form ESC [ n(;n)* m are ours; without colour, no ESC at all. */
    static void assertNothingRaw(String output, boolean colour) {
        String rest = colour ? output.replaceAll("\u001b\\[[0-9;]{0,12}m", "") : output;
        for (int i = 0; i < rest.length(); ) {
            int cp = rest.codePointAt(i);
            boolean allowed = cp == '\n' || cp == '\t';
            assertThat(allowed || !TerminalText.isUnsafe(cp))
                    .as("raw U+%04X at %d in:%n%s", cp, i, rest).isTrue();
            i += Character.charCount(cp);
        }
    }
}
