package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.git.Commit;
import dev.cncfcontrib.git.GitException;
import dev.cncfcontrib.git.Repository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a clone itself says about its legal requirement: the lines of its CONTRIBUTING files, DCO and CLA files, DCO
 * app and CLA bot configurations, workflows and pull-request templates that ask for a sign-off or a CLA, and how many
 * recent commits are signed off. The work tree is read as plain files; the commits take one {@code git log}.
 *
 * @param kind      {@code dco}, {@code cncf-cla}, {@code other-cla}, {@code dco-and-cla} or {@code not-stated}
 * @param evidence  each line that says something, in the order the files were read
 * @param signedOff the signed-off share of recent commits by people, or null when they were not read
 */
public record CloneLegal(String kind, List<Evidence> evidence, SignedOff signedOff) {

    /** Not stated: the files read say nothing about a sign-off or a CLA. */
    public static final String NOT_STATED = "not-stated";

    /** How many recent commits by people the signed-off share is taken over. */
    public static final int RECENT_COMMITS = 200;

    /** What a line says. */
    public enum Signal {
        /** asks for a DCO sign-off (or is the DCO app's or a DCO workflow's configuration) */
        DCO,
        /** asks for the CNCF CLA (EasyCLA, the cncf/cla repository) */
        CNCF_CLA,
        /** asks for another CLA, or a CLA without saying which */
        OTHER_CLA,
        /** says a DCO sign-off is not what the project uses */
        NO_DCO,
        /** says no CLA is needed */
        NO_CLA
    }

    /** One line of one file, with what it says; the text is as read (escape it before printing). */
    public record Evidence(String path, int line, String text, Set<Signal> signals) {
        public Evidence {
            signals = Set.copyOf(signals);
        }
    }

    /** {@code signed} of the {@code of} newest non-merge commits by people carry a Signed-off-by line. */
    public record SignedOff(int signed, int of) {
    }

    private static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final int MAX_TEXT = 200;
    /** Lines listed per file for each thing they say; the first always is, so the kind is the same as from all. */
    private static final int MAX_LINES_PER_SIGNAL = 2;
    private static final List<String> DIRECTORIES = List.of("", "docs/", ".github/");

    private static final Pattern CONTRIBUTING = Pattern.compile("(?i)contributing(\\.(md|markdown|rst|txt|adoc))?");
    private static final Pattern DCO_FILE = Pattern.compile("(?i)dco(\\.(md|txt))?");
    private static final Pattern CLA_FILE = Pattern.compile("(?i)cla(\\.(md|txt))?");
    private static final Pattern PR_TEMPLATE = Pattern.compile("(?i)pull_request_template(\\.(md|markdown|txt))?");
    private static final Pattern WORKFLOW = Pattern.compile("(?i).+\\.ya?ml");
    private static final Pattern TEMPLATE_IN_DIRECTORY = Pattern.compile("(?i).+\\.(md|markdown|txt)");

    private static final Pattern DCO = Pattern.compile("(?i)developer('s)? certificate of origin|\\bdco\\b|signed-off-by"
            + "|git commit\\b.*(\\s-s\\b|--signoff)|\\bsign(ed)?[- ]?offs?\\b.*\\bcommits?\\b|\\bcommits?\\b.*\\bsign(ed)?[- ]?off");
    private static final Pattern CLA = Pattern.compile("(?i)contributor licen[cs]e agreement|\\bcla\\b|\\bclas\\b|easycla"
            + "|cla\\.developers\\.google\\.com|cla-assistant|contributor-assistant");
    private static final Pattern CNCF = Pattern.compile("(?i)\\bcncf\\b|easycla|linux-foundation-easycla|cncf/cla"
            + "|community/blob/[^ ]*/cla\\.md|git\\.k8s\\.io/community/cla");
    private static final Pattern OTHER_VENDOR = Pattern.compile("(?i)google|cla\\.developers|microsoft|vmware|cla-assistant"
            + "|contributor-assistant|clabot|\\bcdf\\b|apache");
    private static final Pattern DECLINES_DCO = Pattern.compile("(?i)(in preference to|instead of|rather than)( the)?"
            + " (dco|developer('s)? certificate)|(dco|sign-?offs?)\\b[^.]{0,40}\\b(is not|isn't|not|no longer)"
            + " (required|needed|necessary|used)|\\b(no|not need( to)?|don't need( to)?|do not need( to)?) (a |to )?(sign[- ]?off|dco)\\b");
    private static final Pattern DECLINES_CLA = Pattern.compile("(?i)(in preference to|instead of|rather than)( the| a)?"
            + " (clas?\\b|contributor licen)|\\bclas?\\b[^.]{0,40}\\b(is not|isn't|not|no longer) (required|needed|necessary|used)"
            + "|\\b(no|not need( to)?|don't need( to)?|do not need( to)?) (a |to sign a )?(cla|contributor licen)"
            + "|replac\\w*[^.]{0,60}\\bclas?\\b[^.]{0,60}\\bwith\\b[^.]{0,30}(dco|developer)");

    /**
     * Reads the clone at {@code topLevel}: its files, and the newest commits of {@code repository} (null to skip
     * them).
     */
    public static CloneLegal read(Path topLevel, Repository repository) {
        List<Evidence> evidence = new ArrayList<>();
        for (Path file : files(topLevel)) {
            String path = topLevel.relativize(file).toString().replace('\\', '/');
            evidence.addAll(scan(path, file));
        }
        SignedOff signedOff = repository == null ? null : signedOff(repository);
        return new CloneLegal(kindOf(evidence), List.copyOf(evidence), signedOff);
    }

    /** The files that can state the requirement, in a fixed order: CONTRIBUTING, DCO, CLA, configurations, templates. */
    static List<Path> files(Path topLevel) {
        List<Path> files = new ArrayList<>();
        for (Pattern name : List.of(CONTRIBUTING, DCO_FILE, CLA_FILE)) {
            for (String directory : DIRECTORIES) {
                files.addAll(matching(topLevel.resolve(directory), name));
            }
        }
        addIfFile(files, topLevel.resolve(".github/dco.yml"));
        addIfFile(files, topLevel.resolve(".clabot"));
        files.addAll(matching(topLevel.resolve(".github/workflows"), WORKFLOW));
        for (String directory : DIRECTORIES) {
            files.addAll(matching(topLevel.resolve(directory), PR_TEMPLATE));
        }
        files.addAll(matching(topLevel.resolve(".github/PULL_REQUEST_TEMPLATE"), TEMPLATE_IN_DIRECTORY));
        return files;
    }

    private static void addIfFile(List<Path> files, Path file) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            files.add(file);
        }
    }

    /** Regular files (never links, which could lead out of the clone) of {@code directory} whose name matches. */
    private static List<Path> matching(Path directory, Pattern name) {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(file -> name.matcher(file.getFileName().toString()).matches())
                    .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static List<Evidence> scan(String path, Path file) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        List<String> lines = lines(file);
        List<Evidence> found = new ArrayList<>();
        if (path.equals(".github/dco.yml") || path.equals(".clabot") || DCO_FILE.matcher(name).matches()) {
            // the file itself is the evidence: the DCO app's settings, the CLA bot's, the certificate's text
            Set<Signal> signals = path.equals(".clabot") ? EnumSet.of(Signal.OTHER_CLA) : EnumSet.of(Signal.DCO);
            int line = firstNonBlank(lines);
            found.add(new Evidence(path, line + 1, line < lines.size() ? clip(lines.get(line)) : "", signals));
            return found;
        }
        java.util.Map<Signal, Integer> listed = new java.util.EnumMap<>(Signal.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Set<Signal> signals = signals(line);
            if (CLA_FILE.matcher(name).matches() && signals.isEmpty() && i == firstNonBlank(lines)) {
                signals = EnumSet.of(claSignal(line)); // a CLA.md's title may not spell the word out
            }
            if (signals.stream().anyMatch(signal -> listed.getOrDefault(signal, 0) < MAX_LINES_PER_SIGNAL)) {
                signals.forEach(signal -> listed.merge(signal, 1, Integer::sum));
                found.add(new Evidence(path, i + 1, clip(line), signals));
            }
        }
        return found;
    }

    /** What one line says; a line that says a sign-off (or a CLA) is not needed does not ask for one. */
    static Set<Signal> signals(String line) {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (DECLINES_DCO.matcher(line).find()) {
            signals.add(Signal.NO_DCO);
        } else if (DCO.matcher(line).find()) {
            signals.add(Signal.DCO);
        }
        if (DECLINES_CLA.matcher(line).find()) {
            signals.add(Signal.NO_CLA);
        } else if (CLA.matcher(line).find()) {
            signals.add(claSignal(line));
        }
        return signals;
    }

    private static Signal claSignal(String line) {
        return CNCF.matcher(line).find() && !OTHER_VENDOR.matcher(line).find() ? Signal.CNCF_CLA : Signal.OTHER_CLA;
    }

    /** The clone's requirement from its evidence: a DCO, a CLA (the CNCF's if any line names it), both, or neither. */
    static String kindOf(List<Evidence> evidence) {
        boolean dco = evidence.stream().anyMatch(e -> e.signals().contains(Signal.DCO));
        boolean cncf = evidence.stream().anyMatch(e -> e.signals().contains(Signal.CNCF_CLA));
        boolean other = evidence.stream().anyMatch(e -> e.signals().contains(Signal.OTHER_CLA));
        if (dco && (cncf || other)) {
            return LegalKind.DCO_AND_CLA.id();
        }
        if (dco) {
            return LegalKind.DCO.id();
        }
        if (cncf) {
            return LegalKind.CNCF_CLA.id();
        }
        return other ? LegalKind.OTHER_CLA.id() : NOT_STATED;
    }

    /**
     * Of the newest {@link #RECENT_COMMITS} non-merge commits by people (bots left out), how many are signed off.
     * It is reported, never a verdict: contributors of CLA projects often sign off anyway.
     */
    static SignedOff signedOff(Repository repository) {
        int[] counts = new int[2];
        try {
            // bots are dropped after git lists the commits, so ask for more than are counted
            repository.recentCommits(RECENT_COMMITS * 3, commit -> {
                if (counts[1] < RECENT_COMMITS && !byBot(commit)) {
                    counts[1]++;
                    if (signedOff(commit)) {
                        counts[0]++;
                    }
                }
            });
        } catch (GitException e) {
            if (!e.getMessage().contains("no commits yet")) {
                throw e;
            }
        }
        return new SignedOff(counts[0], counts[1]);
    }

    private static final Pattern SIGNED_OFF = Pattern.compile("(?im)^signed-off-by:");

    static boolean signedOff(Commit commit) {
        return SIGNED_OFF.matcher(commit.message()).find();
    }

    /** GitHub Apps commit as "name[bot]" with a "[bot]@users.noreply.github.com" address. */
    static boolean byBot(Commit commit) {
        String name = commit.authorName().toLowerCase(Locale.ROOT);
        String email = commit.authorEmail().toLowerCase(Locale.ROOT);
        return name.endsWith("[bot]") || email.contains("[bot]@");
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }

    private static String clip(String line) {
        String text = line.strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }

    /** The file's lines, its first mebibyte only, as UTF-8 with anything else replaced; none when unreadable. */
    private static List<String> lines(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return text.lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
