package dev.cncfcontrib.shell;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.Entry;
import dev.cncfcontrib.text.TerminalText;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
    private NameCandidates projectCandidates = new NameCandidates(new Names(), new Names());
    private NameCandidates groupCandidates = new NameCandidates(new Names(), new Names());

    /**
     * Ids and names, and apart from them the aliases: an alias is offered only when no id or name matches, so that
     * "kub" completes to kubernetes rather than stopping at "kube", the prefix it shares with the alias kube.
     */
    private record NameCandidates(Names idsAndNames, Names aliases) {
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
                valuesOf(reader, command, option, name + "=", typed.substring(name.length() + 1), candidates);
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
            valuesOf(reader, command, expectingValue, "", typed, candidates);
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
            valuesOf(reader, command, positional, "", typed, candidates);
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

    private void valuesOf(LineReader reader, CommandLine command, ArgSpec arg, String prefix, String typed, List<Candidate> candidates) {
        if (expectsProject(arg)) {
            addMatching(reader, projectCandidates(), prefix, typed, candidates);
        } else if (expectsGroup(command, arg)) {
            addMatching(reader, groupCandidates(), prefix, typed, candidates);
        } else if (arg.type() == Path.class || arg.type() == File.class) {
            files(reader, prefix, typed, candidates);
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

    private static void addMatching(LineReader reader, NameCandidates names, String prefix, String typed, List<Candidate> candidates) {
        if (!names.idsAndNames().addMatching(reader, prefix, typed, candidates)) {
            names.aliases().addMatching(reader, prefix, typed, candidates);
        }
    }

    /**
     * Reads the catalog and indexes its names now, so that the first TAB does not wait for it; the shell calls it
     * in the background when it starts.
     */
    public synchronized void prepare() {
        index();
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
        Names idsAndNames = new Names();
        Names aliases = new Names();
        for (Entry entry : entries) {
            idsAndNames.add(entry.id(), entry.name());
            if (!entry.name().equalsIgnoreCase(entry.id())) {
                idsAndNames.add(entry.name(), entry.id());
            }
            for (String alias : entry.aliases()) {
                if (!alias.equalsIgnoreCase(entry.id())) {
                    aliases.add(alias, entry.name());
                }
            }
        }
        return new NameCandidates(idsAndNames, aliases);
    }

    /**
     * Names to complete, kept as plain strings: a {@link Candidate} is made only for those that match, and only
     * up to {@link #MAX_CANDIDATES}. JLine's work on a TAB grows faster than the number of candidates (merging,
     * sorting and laying out all of them before it asks "display all?"), so 20,000 names froze the shell for
     * seconds and 200,000 for minutes, Ctrl-C included. Past the limit JLine gets the part all matches share,
     * when that completes the word further, else nothing but a line saying how many match.
     */
    static final class Names {

        private final List<String> values = new ArrayList<>();
        private final List<String> descriptions = new ArrayList<>();

        void add(String value, String description) {
            values.add(value);
            descriptions.add(description);
        }

        /** Adds the names that start with {@code typed} (any case); false when none does. */
        boolean addMatching(LineReader reader, String prefix, String typed, List<Candidate> candidates) {
            Matches<Integer> matches = new Matches<>(true);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).regionMatches(true, 0, typed, 0, typed.length())) {
                    matches.add(values.get(i), i);
                }
            }
            if (matches.count() == 0) {
                return false;
            }
            if (matches.fewEnough()) {
                for (int i : matches.kept()) {
                    candidates.add(new Candidate(prefix + values.get(i), values.get(i), null, descriptions.get(i), null, null, true));
                }
            } else {
                matches.offerShared(reader, prefix, typed, candidates, "names");
            }
            return true;
        }
    }

    /**
     * The matches of one TAB: all counted, at most {@link #MAX_CANDIDATES} kept, and the start they all share
     * (in the case of the first), which is what JLine gets when there are too many.
     */
    static final class Matches<T> {

        private final boolean ignoreCase;
        private final List<T> kept = new ArrayList<>();
        private int count;
        private String shared;

        Matches(boolean ignoreCase) {
            this.ignoreCase = ignoreCase;
        }

        void add(String value, T item) {
            count++;
            shared = shared == null ? value : shared.substring(0, sharedLength(shared, value));
            if (kept.size() < MAX_CANDIDATES) {
                kept.add(item);
            }
        }

        int count() {
            return count;
        }

        boolean fewEnough() {
            return count <= MAX_CANDIDATES;
        }

        List<T> kept() {
            return kept;
        }

        /**
         * Too many to list: what bash does, completing as far as every match agrees, or when that adds nothing, a
         * line saying how many {@code what} match.
         */
        void offerShared(LineReader reader, String prefix, String typed, List<Candidate> candidates, String what) {
            if (shared.length() > typed.length()) {
                candidates.add(new Candidate(prefix + shared, shared, null, null, null, null, false));
            } else if (reader != null) {
                reader.printAbove(String.format(Locale.ROOT, "%,d %s start with '%s': type more of the name first",
                        count, what, TerminalText.line(typed)));
            }
        }

        /** The length of the start {@code a} and {@code b} share, never half a character. */
        private int sharedLength(String a, String b) {
            int n = Math.min(a.length(), b.length());
            int i = 0;
            while (i < n && a.regionMatches(ignoreCase, i, b, i, 1)) {
                i++;
            }
            return i > 0 && i < a.length() && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
        }
    }

    /** The most candidates handed to JLine for one TAB; beyond it, see {@link Names}. */
    static final int MAX_CANDIDATES = 1000;

    /**
     * The entries of the directory typed so far whose names start with the rest, under the same limit as names: a
     * directory of 100,000 files must not freeze the shell. Only the matching entries are asked whether they are
     * directories (a file-system call each).
     */
    private void files(LineReader reader, String prefix, String typed, List<Candidate> candidates) {
        String expanded = typed.startsWith("~/") && home != null ? home + typed.substring(1) : typed;
        int slash = expanded.lastIndexOf('/');
        Path dir;
        try {
            dir = Path.of(slash < 0 ? "." : slash == 0 ? "/" : expanded.substring(0, slash));
        } catch (InvalidPathException e) {
            return;
        }
        String typedDir = slash < 0 ? "" : typed.substring(0, typed.lastIndexOf('/') + 1);
        String leaf = expanded.substring(slash + 1);
        Matches<Path> matches = new Matches<>(false); // file names compare as the file system does: case counts
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(leaf)) {
                    matches.add(name, entry);
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            return; // nothing to offer: not a directory, or not readable
        }
        if (matches.count() == 0) {
            return;
        }
        if (matches.fewEnough()) {
            for (Path entry : matches.kept()) {
                String name = entry.getFileName().toString() + (Files.isDirectory(entry) ? "/" : "");
                candidates.add(new Candidate(prefix + typedDir + name, name, null, null, null, null, !name.endsWith("/")));
            }
        } else {
            matches.offerShared(reader, prefix + typedDir, leaf, candidates, "files");
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
