package dev.cncfcontrib.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code cncf-contrib}: the global options; the subcommands are added by {@link dev.cncfcontrib.App}. */
@Command(
        name = "cncf-contrib",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT, // every subcommand gets --help and --version
        description = "Find a CNCF project to contribute to, and learn what it asks of you before your first pull request: "
                + "DCO sign-off or CLA, chat, mailing lists. Works offline from a bundled catalog.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cncf-contrib list --maturity incubating",
            "  cncf-contrib list --legal dco --chat slack -o json",
            "  cncf-contrib show k8s",
            "  cncf-contrib groups --kind tag",
            "",
            "  cncf-contrib wizard",
            "  cncf-contrib shell",
            "",
            "Environment: CNCF_CONTRIB_CATALOG (another catalog file), CNCF_CONTRIB_NO_INPUT, NO_COLOR, CLICOLOR_FORCE,",
            "COLUMNS, BROWSER, XDG_STATE_HOME (history and wizard progress).",
        })
public final class RootCommand implements Callable<Integer> {

    private final Context context;

    @Spec
    CommandSpec spec;

    public RootCommand(Context context) {
        this.context = context;
    }

    @Option(names = "--catalog", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG).")
    void catalogFile(Path file) {
        context.catalogFile(file);
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    void verbose(boolean verbose) {
        context.verbose(verbose);
    }

    @Option(names = "--no-input", scope = ScopeType.INHERIT,
            description = "Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1).")
    void noInput(boolean noInput) {
        context.noInput(noInput);
    }

    /** Without a command, show what there is to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(context.io().out());
        return ExitCodes.OK;
    }
}
