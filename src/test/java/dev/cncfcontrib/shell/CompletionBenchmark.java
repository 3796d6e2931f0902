package dev.cncfcontrib.shell;

import dev.cncfcontrib.App;
import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalBasis;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.cli.Context;
import dev.cncfcontrib.cli.Io;
import dev.cncfcontrib.text.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Completion latency with a generated catalog of 10,000 projects against the bundled catalog (the baseline, same
 * run): median and 95th percentile of many calls per line, after warm-up. Run with bench/completion.sh.
 */
public final class CompletionBenchmark {

    private static final String[] LINES = {"li", "show kub", "show proj-12", "show Project 99", "wizard --project=proj-5",
        "plan ", "list --maturity ", "list --maturity=", "groups tag-"};

    private CompletionBenchmark() {
    }

    public static void main(String... args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Catalog bundled = new CatalogLoader().bundled();
        Catalog generated = generate(bundled, projects);
        System.out.printf("%-26s %14s %14s %14s %14s %8s%n", "line", "baseline p50", projects + " p50", projects + " p95", "first call", "ratio");
        for (String line : LINES) {
            double[] base = measure(bundled, line, calls);
            double[] big = measure(generated, line, calls);
            System.out.printf("%-26s %11.3f ms %11.3f ms %11.3f ms %11.3f ms %7.1fx%n", "'" + line + "'", base[0], big[0], big[1], big[2], big[0] / base[0]);
        }
    }

    static Catalog generate(Catalog bundled, int count) {
        List<Project> projects = new ArrayList<>(bundled.projects());
        Maturity[] maturities = {Maturity.GRADUATED, Maturity.INCUBATING, Maturity.SANDBOX};
        for (int i = 0; i < count - bundled.projects().size(); i++) {
            projects.add(new Project("proj-" + i, "Project " + i, List.of("p" + i), maturities[i % 3], "Focus " + (i % 40), "Category",
                    "Generated project " + i, "https://example.org/" + i, "https://github.com/example/proj-" + i, "main",
                    List.of(), null, List.of(), List.of(), List.of("Apache-2.0"),
                    new Legal(LegalKind.DCO, LegalBasis.PROJECT_DOCS, null, null, null, false, null, false, null),
                    null, null, null, null, List.of(), List.of(), "2026-11-21", Map.of()));
        }
        return new Catalog(bundled.schemaVersion(), bundled.asOf(), "generated", projects, bundled.groups());
    }

    /** p50, p95 and the first (cold) call, in milliseconds. */
    private static double[] measure(Catalog catalog, String line, int calls) throws Exception {
        Context context = new Context(new Io(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true, 80, Style.PLAIN),
                Map.of(), new CatalogLoader());
        ShellCompleter completer = new ShellCompleter(App.commandLine(context), Shell.BUILTINS, () -> catalog, null);
        Parser parser = new DefaultParser();
        try (Terminal terminal = new DumbTerminal("bench", "dumb", new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).build();
            long[] nanos = new long[calls];
            long first = 0;
            for (int round = -calls; round < calls; round++) { // the first half warms up the JIT
                long start = System.nanoTime();
                ParsedLine parsed = parser.parse(line, line.length(), Parser.ParseContext.COMPLETE);
                List<Candidate> candidates = new ArrayList<>();
                completer.complete(reader, parsed, candidates);
                if (round == -calls) {
                    first = System.nanoTime() - start; // includes building the name index of this catalog
                }
                if (round >= 0) {
                    nanos[round] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            return new double[] {nanos[calls / 2] / 1e6, nanos[calls * 95 / 100] / 1e6, first / 1e6};
        }
    }
}
