package dev.cncfcontrib.shell;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.Entry;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Tab completion for the shell. Option names and the candidates of an option value typed after a space come from
 * picocli ({@link PicocliJLineCompleter}); this class adds what picocli cannot know or does not do: the shell's own
 * commands, values after {@code --option=}, catalog names where a project or group is expected (a positional
 * labelled PROJECT, an option named --project, the NAME of {@code groups}) and file names for path options.
 */
public final class ShellCompleter implements Completer {

    private final CommandLine root;
    private final Map<String, String> builtins;
    private final Supplier<Catalog> catalog;
    private final PicocliJLineCompleter picocli;
    private final String home;
    private Catalog indexed;
    private NameCandidates projectCandidates = new NameCandidates(List.of(), List.of());
    private NameCandidates groupCandidates = new NameCandidates(List.of(), List.of());

    /**
     * Ids and names, and apart from them the aliases: an alias is offered only when no id or name matches, so that
     * "kub" completes to kubernetes rather than stopping at "kube", the prefix it shares with the alias kube.
     */
    private record NameCandidates(List<Candidate> idsAndNames, List<Candidate> aliases) {
    }

    /**
     * @param root     the full command tree
     * @param builtins the shell's own commands and their descriptions
     * @param catalog  read when a name is first completed; a failure means no name candidates
     * @param home     the home directory, for {@code ~/} in file names
     */
    public ShellCompleter(CommandLine root, Map<String, String> builtins, Supplier<Catalog> catalog, String home) {
        this.root = root;
        this.builtins = builtins;
        this.catalog = catalog;
        this.picocli = new PicocliJLineCompleter(root.getCommandSpec());
        this.home = home;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (index == 0) {
            for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
                candidates.add(new Candidate(command.getKey(), command.getKey(), "commands", firstLine(command.getValue().getCommandSpec()), null, null, true));
            }
            for (Map.Entry<String, String> builtin : builtins.entrySet()) {
                candidates.add(new Candidate(builtin.getKey(), builtin.getKey(), "commands", builtin.getValue(), null, null, true));
            }
            return;
        }
        CommandLine command = root.getSubcommands().get(words.get(0));
        if (command == null) {
            return;
        }
        // nested command groups: "catalog import ..."
        int firstArgument = 1;
        while (firstArgument < index && command.getSubcommands().containsKey(words.get(firstArgument))) {
            command = command.getSubcommands().get(words.get(firstArgument));
            firstArgument++;
        }
        CommandSpec spec = command.getCommandSpec();
        if (typed.startsWith("-") && typed.contains("=")) {
            String name = typed.substring(0, typed.indexOf('='));
            OptionSpec option = spec.findOption(name);
            if (option != null) {
                valuesOf(command, option, name + "=", typed.substring(name.length() + 1), candidates);
            }
            return;
        }
        if (typed.startsWith("-")) {
            picocli.complete(reader, line, candidates);
            return;
        }
        String previous = index > 0 ? words.get(index - 1) : "";
        OptionSpec expectingValue = previous.startsWith("-") && !previous.contains("=") ? spec.findOption(previous) : null;
        if (expectingValue != null && expectingValue.arity().min() > 0) {
            valuesOf(command, expectingValue, "", typed, candidates);
            return;
        }
        if (firstArgument == index && !command.getSubcommands().isEmpty()) {
            for (String name : command.getSubcommands().keySet()) {
                candidates.add(new Candidate(name, name, null, firstLine(command.getSubcommands().get(name).getCommandSpec()), null, null, true));
            }
            return;
        }
        PositionalParamSpec positional = positionalAt(spec, words.subList(firstArgument, index));
        if (positional != null) {
            valuesOf(command, positional, "", typed, candidates);
        }
    }

    /** The positional parameter the word at the end of {@code before} fills, skipping options and their values. */
    private static PositionalParamSpec positionalAt(CommandSpec spec, List<String> before) {
        int position = 0;
        for (int i = 0; i < before.size(); i++) {
            String word = before.get(i);
            if (word.startsWith("-") && word.length() > 1) {
                OptionSpec option = spec.findOption(word.contains("=") ? word.substring(0, word.indexOf('=')) : word);
                if (option != null && !word.contains("=") && option.arity().min() > 0) {
                    i++;
                }
                continue;
            }
            position++;
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            if (positional.index().contains(position)) {
                return positional;
            }
        }
        return null;
    }

    private void valuesOf(CommandLine command, ArgSpec arg, String prefix, String typed, List<Candidate> candidates) {
        if (expectsProject(arg)) {
            addMatching(projectCandidates(), prefix, typed, candidates);
        } else if (expectsGroup(command, arg)) {
            addMatching(groupCandidates(), prefix, typed, candidates);
        } else if (arg.type() == Path.class || arg.type() == File.class) {
            files(prefix, typed, candidates);
        } else if (arg.completionCandidates() != null) {
            for (String value : arg.completionCandidates()) {
                candidates.add(new Candidate(prefix + value, value, null, null, null, null, true));
            }
        }
    }

    private static boolean expectsProject(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return Arrays.asList(option.names()).contains("--project");
        }
        return "PROJECT".equals(arg.paramLabel());
    }

    private static boolean expectsGroup(CommandLine command, ArgSpec arg) {
        return arg instanceof PositionalParamSpec && command.getCommandName().equals("groups");
    }

    private static void addMatching(NameCandidates names, String prefix, String typed, List<Candidate> candidates) {
        int before = candidates.size();
        addMatching(names.idsAndNames(), prefix, typed, candidates);
        if (candidates.size() == before) {
            addMatching(names.aliases(), prefix, typed, candidates);
        }
    }

    /** Only the candidates that can match: with 10,000 projects, handing JLine every name costs more than the rest. */
    private static void addMatching(List<Candidate> all, String prefix, String typed, List<Candidate> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        for (Candidate candidate : all) {
            if (candidate.value().regionMatches(true, 0, wanted, 0, wanted.length())) {
                candidates.add(prefix.isEmpty() ? candidate
                        : new Candidate(prefix + candidate.value(), candidate.displ(), null, candidate.descr(), null, candidate.key(), true));
            }
        }
    }

    private synchronized NameCandidates projectCandidates() {
        index();
        return projectCandidates;
    }

    private synchronized NameCandidates groupCandidates() {
        index();
        return groupCandidates;
    }

    /** Builds the name candidates once per catalog: completion runs on every TAB. */
    private void index() {
        Catalog current;
        try {
            current = catalog.get();
        } catch (RuntimeException e) {
            return; // an unreadable catalog gives no names; the command itself will report the error
        }
        if (current == indexed) {
            return;
        }
        projectCandidates = candidatesFor(current.projects());
        groupCandidates = candidatesFor(current.groups());
        indexed = current;
    }

    private static NameCandidates candidatesFor(List<? extends Entry> entries) {
        List<Candidate> idsAndNames = new ArrayList<>();
        List<Candidate> aliases = new ArrayList<>();
        for (Entry entry : entries) {
            String description = entry.name();
            idsAndNames.add(new Candidate(entry.id(), entry.id(), null, description, null, entry.id(), true));
            if (!entry.name().equalsIgnoreCase(entry.id())) {
                idsAndNames.add(new Candidate(entry.name(), entry.name(), null, entry.id(), null, entry.id() + "/name", true));
            }
            for (String alias : entry.aliases()) {
                if (!alias.equalsIgnoreCase(entry.id())) {
                    aliases.add(new Candidate(alias, alias, null, description, null, entry.id() + "/" + alias, true));
                }
            }
        }
        return new NameCandidates(idsAndNames, aliases);
    }

    private void files(String prefix, String typed, List<Candidate> candidates) {
        String expanded = typed.startsWith("~/") && home != null ? home + typed.substring(1) : typed;
        int slash = expanded.lastIndexOf('/');
        File dir = slash < 0 ? new File(".") : new File(slash == 0 ? "/" : expanded.substring(0, slash));
        String typedDir = slash < 0 ? "" : typed.substring(0, typed.lastIndexOf('/') + 1);
        File[] entries = dir.listFiles();
        if (entries == null) {
            return;
        }
        for (File entry : entries) {
            String name = entry.getName();
            boolean directory = entry.isDirectory();
            candidates.add(new Candidate(prefix + typedDir + name + (directory ? "/" : ""), name + (directory ? "/" : ""), null, null, null, null, !directory));
        }
    }

    private static String firstLine(CommandSpec spec) {
        String[] description = spec.usageMessage().description();
        if (description.length == 0) {
            return null;
        }
        String first = description[0];
        int stop = first.indexOf(". ");
        return stop > 0 ? first.substring(0, stop) : first;
    }
}
