package dev.cncfcontrib.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** {@code cncf-contrib}: the global options; the subcommands are added by {@link dev.cncfcontrib.App}. */
public final class RootCommand extends CliCommand {

    public RootCommand(Context context) {
        super(context, "cncf-contrib",
                "Find a CNCF project to contribute to, and learn what it asks of you before your "
                + "first pull request: DCO sign-off or CLA, chat, mailing lists. Works offline from a bundled catalog.");
        CommandSpec spec = spec();
        // every subcommand inherits the help and version options and the global ones below
        spec.scopeType(ScopeType.INHERIT);
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().commandListHeading("%nCommands:%n");
        examples(
                "  cncf-contrib list --maturity incubating",
                "  cncf-contrib list --legal dco --chat slack -o json",
                "  cncf-contrib show k8s",
                "  cncf-contrib groups --kind tag",
                "",
                "  cncf-contrib wizard",
                "  cncf-contrib shell",
                "",
                "Environment: CNCF_CONTRIB_CATALOG (another catalog file), CNCF_CONTRIB_NO_INPUT, NO_COLOR, CLICOLOR_FORCE,",
                "COLUMNS, BROWSER, XDG_STATE_HOME (history and wizard progress).");
        option("--catalog").label("FILE").inherited().bind(new ISetter() {
            @Override
            public <T> T set(T value) {
                if (value != null) {
                    context.catalogFile((Path) value);
                }
                return null;
            }
        }).description("Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG).").path();
        option("--verbose").inherited().bind(new ISetter() {
            @Override
            public <T> T set(T value) {
                context.verbose(Boolean.TRUE.equals(value));
                return null;
            }
        }).description("Print stack traces with errors.").flag();
        option("--no-input").inherited().bind(new ISetter() {
            @Override
            public <T> T set(T value) {
                context.noInput(Boolean.TRUE.equals(value));
                return null;
            }
        }).description("Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1).").flag();
        // what picocli's mixinStandardHelpOptions adds, without the annotated mixin class it reads for them
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).scopeType(ScopeType.INHERIT)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).scopeType(ScopeType.INHERIT)
                .description("Print version information and exit.").build());
    }

    /** Without a command, show what there is to do. */
    @Override
    public Integer call() {
        return showHelp();
    }
}
