package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Identified;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command of the tree, declaring its name, help and options in code through picocli's programmatic model
 * ({@link CommandSpec}) rather than with annotations.
 *
 * <p>Why not annotations: to read them, the JDK generates a proxy class for each annotation type and parses every
 * annotation at each start, a large share of the start-up budget (the figures are in docs/performance.md); the
 * model picocli builds from annotations is the same one built here, so help, completion, man pages and parsing are
 * unchanged. Each option is a typed {@link Arg} field, read with {@code value()} in
 * {@link #call()}:
 *
 * <pre>
 * private final Arg&lt;String&gt; query = option("-q", "--query").label("TEXT")
 *         .description("Only projects whose name contains TEXT.").text();
 * </pre>
 */
public abstract class CliCommand implements Callable<Integer> {

    protected final Context context;
    private final CommandSpec spec;

    /** {@code description}: the paragraphs of the help, the first of which also describes the command in lists. */
    CliCommand(Context context, String name, String... description) {
        this.context = context;
        this.spec = CommandSpec.wrapWithoutInspection(this).name(name);
        spec.usageMessage().description(description);
    }

    /** The picocli model of this command: what the composition root adds to the tree. */
    final CommandSpec spec() {
        return spec;
    }

    /** This command and its subcommands, ready to parse. */
    public CommandLine commandLine() {
        return new CommandLine(spec);
    }

    /** The lines under "Examples:" at the end of the help. */
    final void examples(String... lines) {
        footer("%nExamples:%n", lines);
    }

    /** The end of the help: a heading such as {@code "%nInstall:%n"} and its lines. */
    final void footer(String heading, String... lines) {
        spec.usageMessage().footerHeading(heading).footer(lines);
    }

    /** An option with these names ("-o", "--output"); finish it with the method that names its type. */
    final ArgBuilder option(String... names) {
        return new ArgBuilder(spec, OptionSpec.builder(names));
    }

    /** The {@code --repo DIR} option of the commands that work on a clone; see {@link #clone(Arg)}. */
    final Arg<Path> repoOption(String description) {
        return option("--repo").label("DIR").description(description).path();
    }

    /** The clone named with {@code --repo}, else the current directory. */
    final Path clone(Arg<Path> repo) {
        return repo.value() != null ? repo.value() : context.workingDirectory();
    }

    /** A {@code -p, --project PROJECT} option, completed with the catalog's names; the caller describes and types it. */
    final ArgBuilder projectOption() {
        return option("-p", "--project").label("PROJECT").candidates(new CatalogNames.Projects(context));
    }

    /** The {@code -o, --output} option: one of {@code formats}, {@code defaultFormat} unless given. */
    final <E extends Enum<E> & Identified> Arg<E> outputFormat(Class<E> formats, String defaultFormat) {
        return option("-o", "--output").label("FORMAT").values(formats, "output format").defaultValue(defaultFormat)
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(formats);
    }

    /** The next positional parameter, shown in help as {@code label}. */
    final ArgBuilder parameter(String label) {
        int index = spec.positionalParameters().size();
        return new ArgBuilder(spec, PositionalParamSpec.builder().index(String.valueOf(index))).label(label);
    }

    /** A usage error of this command: exit code 2, the message, and a pointer to its help. */
    final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Prints this command's help to standard output: what a command that only groups others does alone. */
    final Integer showHelp() {
        spec.commandLine().usage(context.io().out());
        return ExitCodes.OK;
    }
}
