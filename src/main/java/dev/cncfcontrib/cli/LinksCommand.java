package dev.cncfcontrib.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.Group;
import dev.cncfcontrib.catalog.Identified;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.cli.Values.CardFormat;
import dev.cncfcontrib.links.CatalogLink;
import dev.cncfcontrib.links.CatalogLinks;
import dev.cncfcontrib.links.LinkCache;
import dev.cncfcontrib.links.LinkCheck;
import dev.cncfcontrib.links.LinkCheck.Ending;
import dev.cncfcontrib.links.LinkCheck.Outcome;
import dev.cncfcontrib.links.LinkKind;
import dev.cncfcontrib.links.LinkProbe;
import dev.cncfcontrib.links.LinkResult;
import dev.cncfcontrib.links.LinkStatus;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.TerminalText;
import dev.cncfcontrib.view.LinkReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class LinksCommand extends CliCommand {

    private final Arg<List<String>> projects = projectOption()
            .description("Check only this project (id, name or alias). Repeatable. Without it, every project and group.")
            .listOf(String.class);

    private final Arg<KindOption> kind = option("-k", "--kind").label("KIND")
            .values(KindOption.class, "kind of link").defaultValue("all")
            .description("Only links of this kind: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .of(KindOption.class);

    private final Arg<Integer> concurrency = option("-j", "--concurrency").label("N").defaultValue("16")
            .description("Requests in flight at once (default: ${DEFAULT-VALUE}).").number();

    private final Arg<Integer> perHost = option("--per-host").label("N").defaultValue("4")
            .description("Requests in flight to any one host (default: ${DEFAULT-VALUE}).").number();

    private final Arg<Duration> timeout = option("-t", "--timeout").label("DURATION")
            .converter(new DurationValue()).defaultValue("10s")
            .description("Longest wait for one request, such as 10s or 500ms (default: ${DEFAULT-VALUE}). "
                    + "One link, with redirects and retries, gets at most 3 times this plus its Retry-After budget.").of(Duration.class);

    private final Arg<Duration> deadline = option("--deadline").label("DURATION")
            .converter(new DurationValue()).defaultValue("5m")
            .description("Longest the whole check may take; links not checked by then are reported as such (default: ${DEFAULT-VALUE}).")
            .of(Duration.class);

    private final Arg<CardFormat> output = outputFormat(CardFormat.class, "text");

    LinksCommand(Context context) {
        super(context, "links",
                "Check that the links of the catalog still work: homepages, contributor guides, repositories, chat "
                    + "invitations, mailing lists. Reports broken links by kind of failure and by project, and links "
                    + "that moved permanently with their new address. Without --project, every project and every "
                    + "community group is checked.",
                "",
                "HEAD is tried first, GET when HEAD is refused; redirects are followed (at most 10); 429 and 503 answers "
                    + "are retried after their Retry-After within a budget. Results are cached, and 'show' marks the "
                    + "links the last check found broken.");
        examples(
                "  cncf-contrib links",
                "  cncf-contrib links --project kubernetes --project envoy",
                "  cncf-contrib links --kind chat -o markdown",
                "  cncf-contrib links --concurrency 32 --timeout 5s -o json",
                "",
                "Exit status 1 when a link is broken, 5 when no link could be reached at all (no network), "
                    + "130 after Ctrl-C (the links checked so far are still reported).");
    }

    @Override
    @SuppressWarnings("try") // the Ctrl-C hook is a resource held for the check, never referenced in it
    public Integer call() throws Exception {
        checkLimits();
        List<String> projects = this.projects.value();
        int concurrency = this.concurrency.value();
        Catalog catalog = context.catalog().catalog();
        List<Project> selected = new ArrayList<>();
        List<Group> groups = List.of();
        if (projects.isEmpty()) {
            selected.addAll(catalog.projects());
            groups = catalog.groups();
        } else {
            Set<Project> distinct = new LinkedHashSet<>();
            for (String name : projects) {
                distinct.add(catalog.resolveProject(name));
            }
            selected.addAll(distinct);
        }
        List<CatalogLink> links = CatalogLinks.of(selected, groups, kind.value().kinds());
        Io io = context.io();
        if (links.isEmpty()) {
            io.err().println("No links to check.");
            return ExitCodes.OK;
        }
        List<String> urls = new ArrayList<>();
        for (CatalogLink link : links) {
            urls.add(link.url());
        }

        LinkProbe probe = context.network().linkProbe(
                LinkProbe.Settings.forTimeout(timeout.value(), "cncf-contrib/" + VersionProvider.version() + " (+link check)"), concurrency);
        LinkCheck check = new LinkCheck(probe, concurrency, perHost.value(), deadline.value());
        LinkProgress progress = new LinkProgress(io);
        try (CancelOnCtrlC ctrlC = CancelOnCtrlC.install(check::cancel)) {
            Outcome outcome = check.run(urls, progress);
            progress.clear();
            int code = report(links, outcome);
            // the Ctrl-C hook lets the JVM exit as soon as this returns: everything must be out by then
            io.out().flush();
            io.err().flush();
            return code;
        }
    }

    private void checkLimits() {
        int concurrency = this.concurrency.value();
        int perHost = this.perHost.value();
        Duration timeout = this.timeout.value();
        Duration deadline = this.deadline.value();
        if (concurrency < 1 || concurrency > 256) {
            throw new CommandFailure(ExitCodes.USAGE, "--concurrency must be between 1 and 256, not " + concurrency);
        }
        if (perHost < 1 || perHost > 256) {
            throw new CommandFailure(ExitCodes.USAGE, "--per-host must be between 1 and 256, not " + perHost);
        }
        if (timeout.compareTo(Duration.ofMillis(100)) < 0 || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new CommandFailure(ExitCodes.USAGE, "--timeout must be between 100ms and 5m");
        }
        if (deadline.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new CommandFailure(ExitCodes.USAGE, "--deadline must be at least 1s");
        }
    }

    private int report(List<CatalogLink> links, Outcome outcome) throws IOException {
        Io io = context.io();
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        LinkResult unreachable = noNetwork(outcome);
        if (unreachable != null) {
            // one line rather than hundreds of identical failures, and no cache: these say nothing about the links
            long requested = outcome.results().values().stream().filter(r -> r.status() != LinkStatus.INVALID_URL).count();
            throw new CommandFailure(ExitCodes.NETWORK_ERROR, "no network: none of the " + requested
                    + (requested == 1 ? " URL" : " URLs") + " could be reached (" + unreachable.status().label() + ": "
                    + (unreachable.detail() == null ? unreachable.url() : unreachable.detail()) + ")");
        }
        LinkReport report = new LinkReport(links, outcome);
        switch (output.value()) {
            case JSON -> {
                try (JsonGenerator json = JsonOutput.generator(io.out())) {
                    report.json(json, now);
                }
                io.out().println();
            }
            case MARKDOWN -> io.out().print(report.markdown());
            case TEXT -> io.out().print(report.text(io.style()));
        }
        saveResults(outcome, now);
        if (outcome.ending() == Ending.CANCELLED) {
            io.err().println("Cancelled: " + outcome.unchecked() + " of " + outcome.total() + " URLs not checked.");
            return ExitCodes.CANCELLED;
        }
        return report.broken() > 0 || outcome.unchecked() > 0 ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /** One unreachable result when every link requested failed to reach any server, else null. */
    private static LinkResult noNetwork(Outcome outcome) {
        LinkResult example = null;
        for (LinkResult result : outcome.results().values()) {
            if (result.status() == LinkStatus.INVALID_URL) {
                continue; // never requested
            }
            if (!result.status().unreachable()) {
                return null;
            }
            if (example == null) {
                example = result;
            }
        }
        return outcome.ending() == Ending.COMPLETE ? example : null;
    }

    private void saveResults(Outcome outcome, Instant now) {
        Path dir = context.cacheDirectory();
        if (dir == null || outcome.results().isEmpty()) {
            return;
        }
        Path file = dir.resolve(LinkCache.FILE_NAME);
        try {
            LinkCache.write(file, LinkCache.merge(LinkCache.read(file), outcome.results().values(), now));
        } catch (IOException | RuntimeException e) {
            context.io().err().println("warning: could not save the results to " + TerminalText.line(file.toString())
                    + ": " + TerminalText.line(String.valueOf(e.getMessage())) + "; 'show' will not mark broken links");
        }
    }

    /** {@code --kind}: one kind of link, or all. */
    enum KindOption implements Identified {
        GUIDE(LinkKind.GUIDE), REPO(LinkKind.REPO), CHAT(LinkKind.CHAT), LIST(LinkKind.LIST), ALL(null);

        private final LinkKind kind;

        KindOption(LinkKind kind) {
            this.kind = kind;
        }

        Set<LinkKind> kinds() {
            return kind == null ? EnumSet.allOf(LinkKind.class) : EnumSet.of(kind);
        }
    }

    /** "10s", "500ms", "2m", "1.5s", or a bare number of seconds. */
    static final class DurationValue implements ITypeConverter<Duration> {

        private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?");

        @Override
        public Duration convert(String value) {
            Matcher m = FORMAT.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches() || m.group(1).length() > 9) {
                throw new TypeConversionException("'" + value + "' is not a duration; write it like 10s, 500ms or 2m");
            }
            double amount = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> amount;
                case "m", "min" -> amount * 60_000;
                default -> amount * 1000;
            };
            return Duration.ofMillis(Math.round(millis));
        }
    }
}
