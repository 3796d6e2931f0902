package dev.cncfcontrib.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.App;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.cli.Context;
import dev.cncfcontrib.cli.Io;
import dev.cncfcontrib.cli.ShellCommands;
import dev.cncfcontrib.text.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL driven through JLine's stream terminal, and its completer called with lines JLine's parser built. */
class ShellTest {

    @TempDir
    Path home;

    private StringWriter out;
    private StringWriter err;
    private Context context;

    @BeforeEach
    void setUp() {
        out = new StringWriter();
        err = new StringWriter();
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_STATE_HOME", home.resolve("state").toString(),
                "CNCF_CONTRIB_CATALOG", Fixtures.file(home, "catalog-wizard.json").toString());
        context = new Context(new Io(new PrintWriter(out), new PrintWriter(err), true, 200, Style.PLAIN), env, new CatalogLoader());
    }

    private int runShell(String keys) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // JLine's own reader tests use DumbTerminal over streams; the builder's stream terminal closes at end of input
        // before the buffered lines are read
        try (Terminal terminal = new DumbTerminal("test", "ansi", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            return ShellCommands.shell(context).run(terminal, ShellCommands.historyFile(context));
        }
    }

    @Test
    void aFailingCommandPrintsItsErrorAndTheShellGoesOn() throws Exception {
        int code = runShell("list --maturity graduated\nshow kubernets\nshow nats -o markdown\nexit\n");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("kubernetes").contains("open-policy-agent").doesNotContain("\nnats ")
                .contains("# NATS");
        assertThat(err.toString()).contains("error: no project named 'kubernets'. Did you mean: kubernetes?");
    }

    @Test
    void endOfInputLeavesWithZeroAndHistoryIsSaved() throws Exception {
        int code = runShell("groups --kind tag\n");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("tag-infrastructure");
        Path history = home.resolve("state/cncf-contrib/history");
        assertThat(Files.readString(history)).contains("groups --kind tag");
    }

    /** Issue 16, finding 3: a FIFO as the history file hung the shell before its first prompt. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aFifoAsHistoryIsLeftAloneWithOneWarning() throws Exception {
        Path history = Files.createDirectories(home.resolve("state/cncf-contrib")).resolve("history");
        dev.cncfcontrib.files.SpecialFiles.fifo(history);

        int code = runShell("groups --kind tag\nexit\n");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("tag-infrastructure");
        assertThat(err.toString()).hasLineCount(1).contains("history").contains("not a regular file");
        assertThat(dev.cncfcontrib.files.SpecialFiles.isOther(history)).as("still a FIFO").isTrue();
    }

    /** JLine trims a long history by moving a new file over the old one: a link must stay a link. */
    @Test
    void aLinkedHistoryStaysALinkWhenJLineTrimsIt() throws Exception {
        Path target = Files.createDirectories(home.resolve("dotfiles")).resolve("cncf-contrib-history");
        StringBuilder old = new StringBuilder();
        for (int i = 0; i < 12_600; i++) { // JLine trims past 1.25 times its file size, 10,000
            old.append(1_700_000_000_000L + i).append(":list --query old-").append(i).append('\n');
        }
        Files.writeString(target, old);
        Path history = Files.createDirectories(home.resolve("state/cncf-contrib")).resolve("history");
        Files.createSymbolicLink(history, target);

        int code = runShell("groups --kind tag\nexit\n");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.isSymbolicLink(history)).as("still a link").isTrue();
        String kept = Files.readString(target);
        assertThat(kept).contains("groups --kind tag").doesNotContain(":list --query old-0\n");
        assertThat(kept.lines().count()).as("trimmed").isLessThan(12_000);
    }

    /** Issue 16, finding 9: a directory as the history file made the shell quit with two lines. */
    @Test
    void aDirectoryAsHistoryIsLeftAloneWithOneWarning() throws Exception {
        Path history = Files.createDirectories(home.resolve("state/cncf-contrib/history"));

        int code = runShell("groups --kind tag\nexit\n");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("tag-infrastructure");
        assertThat(err.toString()).hasLineCount(1).contains("is a directory");
        assertThat(history).isDirectory();
    }

    @Test
    void optionsOfOneLineDoNotLeakIntoTheNext() throws Exception {
        Path other = Fixtures.file(home, "catalog-small.json");
        runShell("list --catalog " + other + " -o csv\nlist -o csv\nexit\n");

        // the fixture catalog of the shell has googly; the small catalog of the first line has not
        assertThat(out.toString().split("googly,Googly", -1)).hasSize(2);
    }

    @Test
    void helpListsTheCommandsAndTheShellsOwn() throws Exception {
        runShell("help\nhelp list\n");

        assertThat(out.toString()).contains("  list ").contains("  wizard ").contains("  exit ").contains("  help ")
                .contains("Usage: cncf-contrib list");
    }

    @Test
    void aPipeIsReadLineByLineWithoutATerminal() {
        CliRun.Result result = new CliRun(home).stdin("# a comment\nlist -o csv --maturity incubating\nshow nope\nshell\nshow 'open policy agent' -o markdown\n")
                .run("shell");

        assertThat(result.exitCode()).as("the last failing line: 'shell' inside the shell, a usage error").isEqualTo(2);
        assertThat(result.out()).contains("nats").contains("# Open Policy Agent").doesNotContain("cncf-contrib>");
        assertThat(result.err()).contains("no project named 'nope'").contains("already in the shell").doesNotContain("JLine").doesNotContain("terminal");
    }

    // --- completion ---

    private Terminal dumbTerminal;

    @org.junit.jupiter.api.AfterEach
    void closeTerminal() throws Exception {
        if (dumbTerminal != null) {
            dumbTerminal.close();
        }
    }

    private List<String> complete(String line) {
        if (dumbTerminal == null) {
            dumbTerminal = uncheckedDumbTerminal();
        }
        ShellCompleter completer = new ShellCompleter(App.commandLine(context), Shell.BUILTINS, () -> context.catalog().catalog(), home.toString());
        Parser parser = new DefaultParser();
        ParsedLine parsed = parser.parse(line, line.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new java.util.ArrayList<>();
        LineReader reader = LineReaderBuilder.builder().terminal(dumbTerminal).parser(parser).build();
        completer.complete(reader, parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    private static Terminal uncheckedDumbTerminal() {
        try {
            return new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void commandNamesComplete() {
        assertThat(complete("li")).contains("list", "help", "exit", "wizard");
        assertThat(complete("li").stream().filter(name -> name.startsWith("li"))).containsExactly("list", "links");
        assertThat(complete("lis").stream().filter(name -> name.startsWith("lis"))).containsExactly("list");
    }

    @Test
    void optionNamesComplete() {
        assertThat(complete("list --ma")).contains("--maturity");
    }

    @Test
    void optionValuesCompleteAfterASpaceAndAfterEquals() {
        assertThat(complete("list --maturity ")).contains("graduated", "incubating", "sandbox", "archived");
        assertThat(complete("list -o ")).contains("table", "json", "csv", "markdown");
        assertThat(complete("list --maturity=")).contains("--maturity=graduated", "--maturity=incubating", "--maturity=sandbox");
        assertThat(complete("plan nats -o ")).contains("markdown", "text");
    }

    @Test
    void projectNamesCompleteWhereAProjectIsExpected() {
        assertThat(complete("show kub")).containsExactly("kubernetes"); // not the alias kube, which would stop at "kube"
        assertThat(complete("show K8")).contains("k8s");
        assertThat(complete("wizard --project na")).contains("nats");
        assertThat(complete("wizard --project=na")).contains("--project=nats");
        assertThat(complete("plan op")).containsExactlyInAnyOrder("open-policy-agent", "Open Policy Agent (OPA)");
        assertThat(complete("plan opa")).containsExactly("opa"); // aliases when no id or name matches
        assertThat(complete("open nats ")).contains("guide", "repo", "chat", "list");
    }

    @Test
    void groupNamesComplete() {
        assertThat(complete("groups tag-")).containsExactly("tag-infrastructure");
        assertThat(complete("groups --kind ")).contains("tag", "working-group");
    }

    @Test
    void fileNamesCompleteForTheCatalogOption() throws Exception {
        Files.createDirectories(home.resolve("cats"));
        Files.writeString(home.resolve("cats/mine.json"), "{}");

        assertThat(complete("list --catalog " + home + "/ca")).contains(home + "/cats/", home + "/catalog-wizard.json");
        assertThat(complete("list --catalog=" + home + "/cats/")).contains("--catalog=" + home + "/cats/mine.json");
    }

    @Test
    void aHugeDirectoryIsNotHandedToJLineWhole() throws Exception {
        Path big = Files.createDirectories(home.resolve("big"));
        for (int i = 0; i < 2500; i++) {
            Files.createFile(big.resolve(String.format(java.util.Locale.ROOT, "data-%04d.json", i)));
        }
        Files.createDirectories(big.resolve("data-2499-old"));

        assertThat(complete("list --catalog " + big + "/")).as("2,501 entries: the part they share")
                .containsExactly(big + "/data-");
        assertThat(complete("list --catalog " + big + "/data-")).as("nothing more is shared: only a count").isEmpty();
        assertThat(complete("list --catalog " + big + "/data-1")).as("1,000 entries are offered").hasSize(1000);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 2490; i < 2500; i++) {
            expected.add(big + "/data-" + i + ".json");
        }
        expected.add(big + "/data-2499-old/");
        assertThat(complete("list --catalog " + big + "/data-249")).containsExactlyInAnyOrderElementsOf(expected);
    }
}
