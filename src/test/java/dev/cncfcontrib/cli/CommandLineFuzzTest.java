package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cncfcontrib.App;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.net.LoopbackDns;
import dev.cncfcontrib.net.Network;
import dev.cncfcontrib.prompt.PromptCancelledException;
import dev.cncfcontrib.prompt.Prompter;
import dev.cncfcontrib.text.Style;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs the whole program in-process on arbitrary command lines: words drawn from the real command tree (every
 * command, subcommand and option name, some good values) mixed with arbitrary strings. The outside world is
 * closed off: a temporary HOME, the small catalog, a git repository of its own ({@code GIT_DIR}), a network where
 * no name resolves, a browser that never opens, stdin at EOF. A finding is an exception escaping {@link App#run},
 * an exit code outside the table, or a stack trace on stderr without {@code --verbose}; a hang is Jazzer's timeout.
 */
class CommandLineFuzzTest {

    /** The documented codes, but for 70: an internal error is a bug, which no input may cause. */
    private static final Set<Integer> EXIT_CODES = Set.of(0, 1, 2, 3, 4, 5, 130);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    private static final Path HOME;
    private static final Map<String, String> ENV;
    private static final List<String> WORDS;

    static {
        try {
            HOME = Files.createTempDirectory("cli-fuzz-home");
            Path catalog = Fixtures.write(HOME, "catalog.json", Fixtures.text("catalog-small.json"));
            Path landscape = Fixtures.write(HOME, "landscape.yml", Fixtures.text("landscape-small.yml"));
            Path overlay = Fixtures.write(HOME, "overlay.json", Fixtures.text("overlay-small.json"));
            GitRepo repo = GitRepo.init(HOME.resolve("repo"), HOME);
            repo.commit(GitRepo.JANE, GitRepo.JANE, "Unsigned change\n");
            java.util.HashMap<String, String> env = new java.util.HashMap<>(GitRepo.environment(HOME));
            env.put("XDG_DATA_HOME", HOME.resolve("data").toString());
            env.put("XDG_STATE_HOME", HOME.resolve("state").toString());
            env.put("XDG_CACHE_HOME", HOME.resolve("cache").toString());
            // every git call of every command, whatever directory it is given, goes to this repository
            env.put("GIT_DIR", HOME.resolve("repo/.git").toString());
            env.put("GIT_WORK_TREE", HOME.resolve("repo").toString());
            env.put(Context.CATALOG_ENV, catalog.toString());
            ENV = Map.copyOf(env);
            WORDS = vocabulary(catalog, landscape, overlay);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Every command path and option name of the real tree, values that pass and values that do not. */
    private static List<String> vocabulary(Path catalog, Path landscape, Path overlay) {
        Set<String> words = new TreeSet<>();
        collect(App.commandLine(context(new StringWriter(), new StringWriter(), false)), words);
        words.addAll(List.of("--", "-", "", " ", "=", "nats", "NATS", "kubernetes", "k8s", "sig-testing",
                "table", "csv", "markdown", "json", "text", "dcoapp", "dco2", "dco-check", "HEAD", "HEAD~1", "HEAD~5..HEAD",
                "main", "0s", "1ms", "-1s", "99999999999999999999", "1", "-1", "0", "a=b", "--catalog=" + catalog,
                catalog.toString(), landscape.toString(), overlay.toString(), HOME.toString(), HOME.resolve("missing").toString(),
                "https://example.org/catalog.json", "http://localhost:1/x", "file:///etc/passwd", "/dev/null",
                "\u001b[2J", "\u202e", "\u0000", "\u009b31m"));
        return List.copyOf(words);
    }

    private static void collect(CommandLine command, Set<String> words) {
        words.add(command.getCommandName());
        for (OptionSpec option : command.getCommandSpec().options()) {
            words.addAll(List.of(option.names()));
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            collect(sub, words);
        }
    }

    private static Context context(StringWriter out, StringWriter err, boolean terminal) {
        Io io = new Io(new PrintWriter(out), new PrintWriter(err), terminal, 80, new Style(terminal));
        Context context = new Context(io, ENV, new CatalogLoader());
        context.stdin(new ByteArrayInputStream(new byte[0]));
        context.network(Network.withDns(LoopbackDns.NOTHING_RESOLVES));
        context.urlOpener(url -> false);
        context.clock(CLOCK);
        if (terminal) {
            // at a terminal the program would read the real terminal; here its input has ended, as stdin has
            context.prompter(INPUT_ENDED);
        }
        return context;
    }

    /** A terminal whose input has ended: every question is cancelled, as the terminal prompter does at EOF. */
    private static final Prompter INPUT_ENDED = new Prompter() {
        @Override
        public int selectOne(String question, List<String> options, int defaultIndex) {
            throw new PromptCancelledException("end of input");
        }

        @Override
        public List<Integer> selectMany(String question, List<String> options) {
            throw new PromptCancelledException("end of input");
        }

        @Override
        public boolean confirm(String question, boolean defaultAnswer) {
            throw new PromptCancelledException("end of input");
        }

        @Override
        public String input(String question, String defaultValue) {
            throw new PromptCancelledException("end of input");
        }
    };

    /**
     * The input is the command line as UTF-8, arguments separated by NUL, so that seeds are readable files. An
     * argument {@code @N} stands for the N-th word of the vocabulary (modulo its size); a first argument
     * {@code @tty} runs as if stdout were a colour terminal.
     */
    @Timeout(30)
    @FuzzTest(maxDuration = "5m")
    void anyArguments(byte[] data) {
        List<String> args = new ArrayList<>(List.of(new String(data, StandardCharsets.UTF_8).split("\u0000", -1)));
        boolean terminal = args.get(0).equals("@tty");
        if (terminal) {
            args.remove(0);
        }
        if (args.size() > 12) {
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.length() > 1 && arg.length() < 6 && arg.charAt(0) == '@' && arg.chars().skip(1).allMatch(Character::isDigit)) {
                args.set(i, WORDS.get(Integer.parseInt(arg.substring(1)) % WORDS.size()));
            }
        }
        if (writesToAFileItWasGiven(args)) {
            return; // output files named by the fuzzer would land in the working directory: the repository
        }
        if (terminal && args.contains("shell")) {
            // on a terminal the shell opens the real one, which in-process is this JVM's own stdin and never ends;
            // InteractiveShellIT drives it on a real terminal (tmux), NoHangTest at end of input without one
            return;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = App.run(context(out, err, terminal), args.toArray(String[]::new));

        String stderr = err.toString();
        assertThat(EXIT_CODES).as("exit code of %s%n%s", args, stderr).contains(code);
        if (!args.contains("--verbose")) {
            assertThat(stderr).as("stack trace for %s", args).doesNotContain("\tat ").doesNotContainPattern("Exception\\b[^']*\\n\\s+at ");
        }
    }

    /** {@code catalog import -o FILE} and {@code plan --output-file FILE} write where they are told. */
    private static boolean writesToAFileItWasGiven(List<String> args) {
        boolean importing = args.contains("import");
        for (String arg : args) {
            if (arg.startsWith("--output-file") || importing && (arg.startsWith("--o") || arg.matches("-[^-]*o.*"))) {
                return true;
            }
        }
        return false;
    }
}
