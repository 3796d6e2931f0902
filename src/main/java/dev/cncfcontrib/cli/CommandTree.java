package dev.cncfcontrib.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command tree and the one way a command line is run, shared by the composition root ({@link dev.cncfcontrib.App})
 * and the shell's lines: every failure, including one of the program itself, ends as an exit code from
 * {@link ExitCodes} and one line on stderr.
 */
public final class CommandTree {

    private CommandTree() {
    }

    /**
     * Runs one command line and returns its exit code. A failure picocli does not hand to the {@link ErrorReporter}
     * (an error of the handlers themselves, an {@link Error} such as running out of memory) is reported here, as an
     * internal error.
     */
    public static int execute(Context context, String... args) {
        try {
            return of(context, args).execute(args);
        } catch (RuntimeException | Error failure) {
            return new ErrorReporter(context).internalError(failure);
        } finally {
            context.closeOpenedPrompter();
            context.io().err().flush();
        }
    }

    /**
     * The command tree for {@code args}: the root plus the one subcommand the arguments name, or every subcommand
     * when they name none (help, a typo that needs suggestions, completion) or name {@code help}.
     */
    public static CommandLine of(Context context, String... args) {
        ContextFactory factory = new ContextFactory(context);
        CommandLine root = new RootCommand(context).commandLine();
        String wanted = subcommandNamed(root.getCommandSpec(), args);
        if (HelpCommand.NAME.equals(wanted)) {
            wanted = null; // help shows any command
        }
        // --version alone needs no subcommand; --help, a typo or nothing at all needs them all
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        for (Subcommands.Entry entry : Subcommands.ALL) {
            if (!versionOnly && (wanted == null || entry.name().equals(wanted))) {
                root.addSubcommand(entry.name(), factory.construct(entry.type()).commandLine());
            }
        }
        CommandConventions.apply(root, context);
        return root;
    }

    /** The first argument that is not a root option (or its value), if it is a command name. */
    static String subcommandNamed(CommandSpec rootSpec, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (arg.startsWith("-")) {
                OptionSpec option = rootSpec.findOption(arg);
                if (option != null && option.arity().min() > 0 && !arg.contains("=")) {
                    i++; // skip the option's value
                }
                continue;
            }
            for (Subcommands.Entry entry : Subcommands.ALL) {
                if (entry.name().equals(arg)) {
                    return arg;
                }
            }
            return null;
        }
        return null;
    }
}
