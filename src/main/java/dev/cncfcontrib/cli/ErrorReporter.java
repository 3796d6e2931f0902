package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogException;
import dev.cncfcontrib.catalog.NotFoundException;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.git.GitException;
import dev.cncfcontrib.live.LiveException;
import dev.cncfcontrib.net.NetworkException;
import dev.cncfcontrib.net.TooLargeException;
import dev.cncfcontrib.prompt.PromptCancelledException;
import dev.cncfcontrib.text.EditDistance;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and an exit code from {@link ExitCodes}: the one place that decides
 * which failure means which code (commands throw the domain's exceptions and never translate them). The stack
 * trace is printed only with {@code --verbose}. Messages pass through {@link TerminalText} because they can quote
 * catalog content or a file name.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler, IExitCodeExceptionMapper {

    private final Context context;

    ErrorReporter(Context context) {
        this.context = context;
    }

    /** Bad command line: unknown command or option, bad value. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        StringBuilder line = new StringBuilder(describe(ex));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> suggestions = suggestionsFor(unmatched.getUnmatched().get(0), command);
            if (!suggestions.isEmpty()) {
                line.append(". Did you mean: ").append(String.join(", ", suggestions)).append('?');
            }
        }
        line.append(" (see '").append(command.getCommandSpec().qualifiedName()).append(" --help')");
        print(line.toString(), ex);
        return ExitCodes.USAGE;
    }

    /** picocli's own suggestions miss swapped letters ("lsit"); edit distance catches them. */
    private static List<String> suggestionsFor(String typed, CommandLine command) {
        Set<String> candidates = new LinkedHashSet<>();
        if (typed.startsWith("-")) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            // compare without the dashes, or every long option is two edits closer than it should be
            Map<String, String> byBareName = new LinkedHashMap<>();
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden()) {
                    for (String optionName : option.names()) {
                        byBareName.putIfAbsent(optionName.replaceFirst("^-+", ""), optionName);
                    }
                }
            }
            List<String> suggestions = new ArrayList<>();
            for (String bare : EditDistance.closest(name.replaceFirst("^-+", ""), byBareName.keySet(), 3)) {
                suggestions.add(byBareName.get(bare));
            }
            return suggestions;
        }
        candidates.addAll(command.getSubcommands().keySet());
        return EditDistance.closest(typed, candidates, 3);
    }

    private static String describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            boolean isCommandLevel = ex.getCommandLine().getSubcommands().size() > 0 && !first.startsWith("-");
            if (first.startsWith("-")) {
                return "unknown option '" + first + "'";
            }
            return isCommandLevel ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
        }
        return ex.getMessage();
    }

    /** A command failed while running. */
    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        int code = getExitCode(ex);
        if (ex instanceof NotFoundException notFound) {
            String message = ex.getMessage();
            if (!notFound.suggestions().isEmpty()) {
                message += ". Did you mean: " + String.join(", ", notFound.suggestions()) + "?";
            } else {
                message += " (try '" + (notFound.what().equals("group") ? "cncf-contrib groups" : "cncf-contrib list --query TEXT") + "')";
            }
            print(message, ex);
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            print(fileMessage(ex), ex);
        } else if (code == ExitCodes.INTERNAL_ERROR) {
            print(internalErrorMessage(ex), ex);
        } else {
            print(ex.getMessage(), ex);
        }
        return code;
    }

    /**
     * A failure that escaped picocli's handlers (an error of the handlers themselves, or an {@link Error}): one line
     * and the internal-error code, as for an unexpected exception of a command.
     */
    int internalError(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            // the readers cap what they hold, so this is a bug or a heap set very small; still one line, no trace
            print("out of memory (the Java heap is too small for this; raise it with CNCF_CONTRIB_JAVA_OPTS=-Xmx512m,"
                    + " and report it if it persists)", failure);
        } else {
            print(internalErrorMessage(failure), failure);
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private String internalErrorMessage(Throwable failure) {
        return "internal error: " + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + (context.verbose() ? " (a bug: please report it, with the trace below)" : " (a bug: run again with --verbose for details, and report it)");
    }

    @Override
    public int getExitCode(Throwable ex) {
        if (ex instanceof CommandFailure failure) {
            return failure.exitCode();
        }
        if (ex instanceof NotFoundException) {
            return ExitCodes.UNKNOWN_PROJECT;
        }
        if (ex instanceof PromptCancelledException) {
            return ExitCodes.CANCELLED;
        }
        if (ex instanceof NetworkException) {
            return ExitCodes.NETWORK_ERROR;
        }
        if (ex instanceof LiveException live) {
            return switch (live.kind()) {
                case BAD_DATA, NOT_FOUND -> ExitCodes.DATA_ERROR;
                case NETWORK, RATE_LIMITED, REFUSED, NOT_CACHED -> ExitCodes.NETWORK_ERROR;
            };
        }
        if (ex instanceof CatalogException || ex instanceof GitException || ex instanceof TooLargeException) {
            return ExitCodes.DATA_ERROR;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            // a file that cannot be read or written: a state file, a hook, an output file
            return ExitCodes.DATA_ERROR;
        }
        if (ex instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    /** A file error in words: our own wording when a layer gave one, else the file and what went wrong with it. */
    private static String fileMessage(Exception ex) {
        IOException cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) ex;
        if (ex instanceof UncheckedIOException && ex.getMessage() != null && !ex.getMessage().equals(String.valueOf(cause))) {
            return ex.getMessage();
        }
        if (cause instanceof FileSystemException fileError && fileError.getFile() != null) {
            return fileError.getFile() + ": " + FileErrors.reason(cause);
        }
        return FileErrors.reason(cause);
    }

    /** A failure found outside any command (a line of the shell): one line, and {@code exitCode} back. */
    int report(int exitCode, String message) {
        print(message, null);
        return exitCode;
    }

    private void print(String message, Throwable ex) {
        PrintWriter err = context.io().err();
        err.println(context.io().style().red("error:") + " " + TerminalText.line(message));
        if (ex != null && context.verbose()) {
            ex.printStackTrace(err);
        }
        err.flush();
    }
}
