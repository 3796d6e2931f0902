package dev.cncfcontrib.completion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script for a picocli command tree. picocli writes none for fish, so this walks the same model
 * {@link picocli.AutoComplete} walks: every command's subcommands, options, and completion candidates.
 *
 * <p>fish offers each {@code complete} rule whose condition holds; the conditions compare the command path typed so
 * far ({@code catalog import}) with the one the rule belongs to. A helper function works that path out from the
 * command line, skipping options and the values of those that take one, so that {@code check dco} and the top-level
 * {@code dco} stay apart.
 */
final class FishScript {

    /** Candidates are written into fish code that fish expands again: only plain words go in. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
    private static final int DESCRIPTION_LIMIT = 90;

    private final String name;
    private final String function;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    private FishScript(String name) {
        this.name = name;
        this.function = "__" + name.replaceAll("[^A-Za-z0-9]", "_");
    }

    static String of(CommandLine root) {
        FishScript script = new FishScript(root.getCommandName());
        script.header();
        script.pathFunction(root);
        script.line("");
        script.line("# No file names unless a rule below asks for them.");
        script.line("complete -c " + script.name + " -f");
        script.commands(root, "");
        return script.out.toString();
    }

    private void header() {
        line("# fish completion for " + name + ", written from its command model (" + name + " completion fish).");
        line("#");
        line("# Install:  " + name + " completion fish > ~/.config/fish/completions/" + name + ".fish");
        line("");
    }

    /** {@code __cncf_contrib_path} prints the command path typed so far; {@code __cncf_contrib_at P} tests it. */
    private void pathFunction(CommandLine root) {
        line("# The subcommands typed so far, e.g. 'catalog import'; options and their values are skipped.");
        line("function " + function + "_path");
        line("    set -l path");
        line("    set -l skip 0");
        line("    for word in (commandline -opc)[2..-1]");
        line("        if test $skip = 1");
        line("            set skip 0");
        line("            continue");
        line("        end");
        line("        switch \"$path\"");
        pathCases(root, "");
        line("        end");
        line("    end");
        line("    string join ' ' -- $path");
        line("end");
        line("");
        line("function " + function + "_at");
        line("    set -l path (" + function + "_path)");
        line("    test \"$path\" = \"$argv[1]\"");
        line("end");
    }

    private void pathCases(CommandLine command, String path) {
        if (visibleSubcommands(command).isEmpty()) {
            return;
        }
        line("            case " + quote(path));
        line("                switch $word");
        List<String> valued = new ArrayList<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (takesValue(option)) {
                valued.addAll(List.of(option.names()));
            }
        }
        if (!valued.isEmpty()) {
            line("                    case " + join(valued));
            line("                        set skip 1");
        }
        line("                    case " + join(visibleSubcommands(command).stream().map(CommandLine::getCommandName).toList()));
        line("                        set -a path $word");
        line("                end");
        for (CommandLine sub : visibleSubcommands(command)) {
            pathCases(sub, childPath(path, sub));
        }
    }

    private void commands(CommandLine command, String path) {
        CommandSpec spec = command.getCommandSpec();
        String at = "-n " + quote(function + "_at " + quote(path));
        line("");
        line("# " + (path.isEmpty() ? name : name + " " + path));
        for (CommandLine sub : visibleSubcommands(command)) {
            line("complete -c " + name + " " + at + " -a " + quote(sub.getCommandName())
                    + description(sub.getCommandSpec().usageMessage().description()));
        }
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                line("complete -c " + name + " " + at + names(option) + value(option) + description(option.description()));
            }
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            if (positional.hidden()) {
                continue;
            }
            if (positional.completionCandidates() != null) {
                line("complete -c " + name + " " + at + " -a " + candidates(positional));
            } else if (isPath(positional)) {
                line("complete -c " + name + " " + at + " -F");
            }
        }
        for (CommandLine sub : visibleSubcommands(command)) {
            commands(sub, childPath(path, sub));
        }
    }

    private static String names(OptionSpec option) {
        StringBuilder names = new StringBuilder();
        for (String optionName : option.names()) {
            if (optionName.startsWith("--")) {
                names.append(" -l ").append(quote(optionName.substring(2)));
            } else if (optionName.length() == 2) {
                names.append(" -s ").append(quote(optionName.substring(1)));
            } else {
                names.append(" -o ").append(quote(optionName.substring(1)));
            }
        }
        return names.toString();
    }

    /** {@code -x}: a value follows and it is no file name; {@code -r -F}: the value is a file. */
    private static String value(OptionSpec option) {
        if (!takesValue(option)) {
            return "";
        }
        if (option.completionCandidates() != null) {
            return " -x -a " + candidates(option);
        }
        return isPath(option) ? " -r -F" : " -x";
    }

    private static boolean takesValue(OptionSpec option) {
        return option.arity().max() > 0 && !option.typeInfo().isBoolean();
    }

    private static boolean isPath(ArgSpec arg) {
        Class<?> type = arg.typeInfo().isMultiValue() ? arg.typeInfo().getAuxiliaryTypes()[0] : arg.type();
        return Path.class.isAssignableFrom(type) || type == java.io.File.class;
    }

    private static String candidates(ArgSpec arg) {
        List<String> words = new ArrayList<>();
        for (String candidate : arg.completionCandidates()) {
            if (PLAIN_WORD.matcher(candidate).matches()) {
                words.add(candidate);
            }
        }
        return quote(String.join(" ", words));
    }

    /** The first sentence of a description, for the column fish shows beside each candidate. */
    private static String description(String[] lines) {
        if (lines == null || lines.length == 0) {
            return "";
        }
        String text = String.join(" ", lines).replace("%n", " ").replaceAll("\\s+", " ").trim();
        int end = text.indexOf(". ");
        if (end > 0) {
            text = text.substring(0, end);
        } else if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > DESCRIPTION_LIMIT) {
            text = text.substring(0, DESCRIPTION_LIMIT - 1).trim() + "…";
        }
        return text.isEmpty() ? "" : " -d " + quote(text);
    }

    private static List<CommandLine> visibleSubcommands(CommandLine command) {
        List<CommandLine> visible = new ArrayList<>();
        for (CommandLine sub : command.getSubcommands().values()) {
            // aliases map to the same CommandLine: list each command once
            if (!sub.getCommandSpec().usageMessage().hidden() && !visible.contains(sub)) {
                visible.add(sub);
            }
        }
        return visible;
    }

    private static String childPath(String path, CommandLine sub) {
        return path.isEmpty() ? sub.getCommandName() : path + " " + sub.getCommandName();
    }

    private static String join(List<String> words) {
        StringBuilder joined = new StringBuilder();
        for (String word : words) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(quote(word));
        }
        return joined.toString();
    }

    /** A fish single-quoted string: only backslash and the quote itself are special inside. */
    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
