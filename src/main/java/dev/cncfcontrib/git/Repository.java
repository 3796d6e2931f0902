package dev.cncfcontrib.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A git working tree, asked questions through {@link GitRunner} in git's machine formats only: {@code rev-parse},
 * {@code for-each-ref} with NUL-separated fields, {@code config --get}, and {@code log -z} with NUL-separated fields.
 */
public final class Repository {

    /**
     * Fields of one commit in {@code git log -z} output; the record itself ends with git's NUL. The first field is
     * the commit's mark ({@code -} for a boundary commit of {@code --boundary}, else {@code >}) and its hash.
     */
    private static final String LOG_FORMAT = "%m%H%x00%P%x00%an%x00%ae%x00%cn%x00%ce%x00%B";
    /**
     * {@link #LOG_FORMAT} with, after the hash, the remote-tracking branches that point at the commit ({@code %d}:
     * empty, or a space and the names in parentheses).
     */
    private static final String RANGE_LOG_FORMAT = "%m%H%d%x00%P%x00%an%x00%ae%x00%cn%x00%ce%x00%B";
    private static final int LOG_FIELDS = 7;

    private final GitRunner git;
    private final Path directory;
    private Path topLevel;

    private Repository(GitRunner git, Path directory, Path topLevel) {
        this.git = git;
        this.directory = directory;
        this.topLevel = topLevel;
    }

    /** Opens the working tree that contains {@code directory}, or fails with a one-line reason. */
    public static Repository open(GitRunner git, Path directory) {
        Repository repository = at(git, directory);
        repository.topLevel();
        return repository;
    }

    /**
     * The repository that contains {@code directory}, without asking git yet: the first question fails with the
     * same one-line reason as {@link #open} when there is none. A command that needs only a few answers spares the
     * process that {@link #open} starts to find the top level.
     */
    public static Repository at(GitRunner git, Path directory) {
        if (!directory.toFile().isDirectory()) {
            throw new GitException(directory + " is not a directory");
        }
        return new Repository(git, directory, null);
    }

    /** The top directory of the working tree ({@code rev-parse --show-toplevel}, asked once). */
    public Path topLevel() {
        if (topLevel == null) {
            GitResult result = git.run(directory, List.of("rev-parse", "--show-toplevel"));
            if (!result.ok()) {
                throw failure(result, "git cannot use " + directory);
            }
            topLevel = Path.of(result.text());
        }
        return topLevel;
    }

    /** The exception for a failed call: "not inside a git repository" when that is why, else {@code what: reason}. */
    private GitException failure(GitResult result, String what) {
        String why = result.firstErrorLine();
        if (why.contains("not a git repository")) {
            return new GitException(directory + " is not inside a git repository");
        }
        return new GitException(what + ": " + why.replaceFirst("^fatal: ", ""));
    }

    /**
     * The local branches and remote-tracking refs, which one is checked out, and the targets of symbolic refs such
     * as {@code refs/remotes/origin/HEAD}, in one {@code git for-each-ref} call.
     */
    public Refs refs() {
        List<String> args = new ArrayList<>(List.of("for-each-ref", "--format=" + Refs.FORMAT));
        args.addAll(Refs.PATTERNS);
        GitResult result = git.run(directory, args);
        if (!result.ok()) {
            throw failure(result, "git for-each-ref failed");
        }
        return Refs.parse(new String(result.stdout(), StandardCharsets.UTF_8));
    }

    public GitResult run(String... args) {
        return git.run(directory, Arrays.asList(args));
    }

    public GitResult run(Duration timeout, String... args) {
        return git.run(directory, Arrays.asList(args), timeout);
    }

    /** The full hash of {@code revision} if it names a commit. */
    public Optional<String> resolveCommit(String revision) {
        if (revision.isEmpty() || revision.startsWith("-")) {
            return Optional.empty();
        }
        GitResult result = run("rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        return result.ok() ? Optional.of(result.text().strip()) : Optional.empty();
    }

    /**
     * Full hashes of several revisions in one {@code rev-parse} call, in order; empty when any of them does not name
     * a commit (ask {@link #resolveCommit} one by one to find which).
     */
    public Optional<List<String>> resolveCommits(List<String> revisions) {
        List<String> args = new ArrayList<>(List.of("rev-parse", "--end-of-options"));
        for (String revision : revisions) {
            if (revision.isEmpty() || revision.startsWith("-")) {
                return Optional.empty();
            }
            args.add(revision + "^{commit}");
        }
        GitResult result = git.run(directory, args);
        if (!result.ok()) {
            if (result.stderr().contains("not a git repository")) {
                throw failure(result, "git rev-parse failed");
            }
            return Optional.empty();
        }
        List<String> hashes = new ArrayList<>();
        for (String line : result.text().strip().split("\n")) {
            // before git 2.43, rev-parse without --verify echoes the --end-of-options it does not know as an option
            if (!line.equals("--end-of-options")) {
                hashes.add(line);
            }
        }
        return hashes.size() == revisions.size() ? Optional.of(List.copyOf(hashes)) : Optional.empty();
    }

    public Optional<String> mergeBase(String a, String b) {
        GitResult result = run("merge-base", "--end-of-options", a, b);
        return result.ok() ? Optional.of(result.text().strip()) : Optional.empty();
    }

    /** {@code git config --get key}, empty when unset. */
    public Optional<String> config(String key) {
        return config(git, directory, key);
    }

    /** {@code git config --get key} in {@code directory} (which need not be a repository). */
    public static Optional<String> config(GitRunner git, Path directory, String key) {
        GitResult result = git.run(directory, List.of("config", "--get", key));
        return result.ok() ? Optional.of(result.text()) : Optional.empty();
    }

    /** The URL of every remote, by name. */
    public Map<String, String> remotes() {
        GitResult result = run("config", "-z", "--get-regexp", "^remote\\..*\\.url$");
        Map<String, String> remotes = new LinkedHashMap<>();
        if (!result.ok()) {
            return remotes;
        }
        // -z: "key\nvalue\0" per entry
        for (String entry : new String(result.stdout(), StandardCharsets.UTF_8).split("\0")) {
            int newline = entry.indexOf('\n');
            if (newline > 0) {
                String key = entry.substring(0, newline);
                String name = key.substring("remote.".length(), key.length() - ".url".length());
                remotes.putIfAbsent(name, entry.substring(newline + 1));
            }
        }
        return remotes;
    }

    /** True when tracked files have changes, staged or not (untracked files do not stop a rebase). */
    public boolean hasUncommittedChanges() {
        GitResult result = run("status", "--porcelain=v1", "-z", "--untracked-files=no");
        if (!result.ok()) {
            throw new GitException("git status failed: " + result.firstErrorLine());
        }
        return result.stdout().length > 0;
    }

    /** The hooks directory git uses here, honouring {@code core.hooksPath}. */
    public Path hooksDirectory() {
        GitResult result = run("rev-parse", "--git-path", "hooks");
        if (!result.ok()) {
            throw new GitException("cannot find the hooks directory: " + result.firstErrorLine());
        }
        return directory.resolve(result.text()).normalize();
    }

    /**
     * The commits reachable from {@code include} but not from {@code exclude} (all of its history when exclude is
     * null), newest first, in one {@code git log} call.
     */
    public List<Commit> log(String exclude, String include) {
        List<Commit> commits = new ArrayList<>();
        log(exclude, include, commits::add);
        return commits;
    }

    /**
     * Streams the commits of {@code exclude..include} to {@code each}, newest first, as git lists them: a caller
     * that checks each commit as it comes does its work while git is still walking the history.
     */
    public void log(String exclude, String include, Consumer<Commit> each) {
        List<String> args = logArguments(LOG_FORMAT);
        if (exclude != null) {
            args.add("^" + exclude);
        }
        args.add(include);
        streamLog(args, new LogParser(each, null));
    }

    /**
     * What the {@code git log} of a range tells besides its commits.
     *
     * @param boundary the excluded commits that listed commits have as parents ({@code --boundary}). Where there is
     *                 exactly one, it is the merge base of the range's ends: every merge base of the two is a boundary
     *                 commit.
     * @param pushed   a remote-tracking branch points at a listed commit: some of the range was pushed, so rewriting
     *                 it needs a forced push. The branch a pull request goes to never counts, as the range excludes
     *                 its commit.
     */
    public record RangeLog(List<String> boundary, boolean pushed) {

        public RangeLog {
            boundary = List.copyOf(boundary);
        }
    }

    /**
     * {@link #log(String, String, Consumer)} of {@code exclude..include}, and in the same git process where the range
     * grew from and whether it was pushed.
     */
    public RangeLog logRange(String exclude, String include, Consumer<Commit> each) {
        List<String> args = logArguments(RANGE_LOG_FORMAT);
        args.add(args.size() - 1, "--boundary");
        // only remote-tracking branches decorate the listing, whatever log.excludeDecoration says
        args.add(args.size() - 1, "--decorate-refs=refs/remotes/");
        args.add("^" + exclude);
        args.add(include);
        List<String> boundary = new ArrayList<>(1);
        LogParser parser = new LogParser(each, boundary::add);
        streamLog(args, parser);
        return new RangeLog(boundary, parser.sawPushedCommit());
    }

    /** Streams the newest {@code max} commits of HEAD that are not merges, newest first. */
    public void recentCommits(int max, Consumer<Commit> each) {
        List<String> args = logArguments(LOG_FORMAT);
        args.add(args.size() - 1, "--no-merges");
        args.add(args.size() - 1, "--max-count=" + max);
        args.add("HEAD");
        streamLog(args, new LogParser(each, null));
    }

    private static List<String> logArguments(String format) {
        return new ArrayList<>(List.of("log", "-z", "--no-show-signature", "--no-color",
                "--encoding=UTF-8", "--format=" + format, "--end-of-options"));
    }

    private void streamLog(List<String> args, LogParser parser) {
        args.add("--");
        GitResult result = git.stream(directory, args, GitRunner.DEFAULT_TIMEOUT, parser);
        if (!result.ok()) {
            if (result.stderr().contains("does not have any commits yet")) {
                throw new GitException("the repository has no commits yet");
            }
            throw failure(result, "git log failed");
        }
        parser.finish();
    }

    static List<Commit> parseLog(byte[] output) {
        List<Commit> commits = new ArrayList<>();
        LogParser parser = new LogParser(commits::add, null);
        parser.write(output, output.length);
        parser.finish();
        return commits;
    }

    /**
     * Splits {@code git log -z --format=LOG_FORMAT} (or RANGE_LOG_FORMAT) output into commits as it arrives. Fields end with a NUL byte,
     * which never occurs inside a UTF-8 sequence, so each field is decoded on its own wherever the pieces of
     * output happen to be cut. A range's commits mostly share their few authors and committers: a name or address
     * that repeats the last one keeps its String rather than decoding another, which saves both time and the
     * memory of a long report.
     */
    static final class LogParser implements GitRunner.OutputSink {
        private static final int AUTHOR_NAME = 2;
        private static final int COMMITTER_NAME = 4;

        private final Consumer<Commit> each;
        private final Consumer<String> boundary;
        private final String[] fields = new String[LOG_FIELDS];
        /** The bytes of the identity fields (2 to 5) of the commit being read, and of the last one, with their Strings. */
        private final byte[][] identityBytes = new byte[LOG_FIELDS][];
        private final int[] identityLengths = new int[LOG_FIELDS];
        private int field;
        private byte[] pending = new byte[4096];
        private int pendingLength;
        private boolean pushedCommit;

        /** @param boundary gets the hash of each boundary commit, or null when the log has none */
        LogParser(Consumer<Commit> each, Consumer<String> boundary) {
            this.each = each;
            this.boundary = boundary;
        }

        /** A listed commit (not a boundary one) came with decorations: a remote-tracking branch points at it. */
        boolean sawPushedCommit() {
            return pushedCommit;
        }

        @Override
        public void write(byte[] buffer, int length) {
            int start = 0;
            for (int i = 0; i < length; i++) {
                if (buffer[i] == 0) {
                    endField(buffer, start, i);
                    start = i + 1;
                }
            }
            keep(buffer, start, length);
        }

        private void endField(byte[] buffer, int start, int end) {
            byte[] bytes = buffer;
            if (pendingLength > 0) {
                keep(buffer, start, end);
                bytes = pending;
                start = 0;
                end = pendingLength;
                pendingLength = 0;
            }
            fields[field] = field >= AUTHOR_NAME && field < AUTHOR_NAME + 4 ? identity(bytes, start, end)
                    : new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (++field == LOG_FIELDS) {
                field = 0;
                emit();
            }
        }

        /** Field {@link #field}, one of the four identity fields: the String of an equal earlier one if there is one. */
        private String identity(byte[] bytes, int start, int end) {
            int length = end - start;
            // the committer is most often the author: compare with the author's field of this commit first
            if (field >= COMMITTER_NAME && same(field - 2, bytes, start, length)) {
                remember(field, bytes, start, length);
                return fields[field - 2];
            }
            if (same(field, bytes, start, length)) {
                return fields[field];
            }
            remember(field, bytes, start, length);
            return new String(bytes, start, length, StandardCharsets.UTF_8);
        }

        private boolean same(int index, byte[] bytes, int start, int length) {
            return identityBytes[index] != null && identityLengths[index] == length
                    && Arrays.equals(identityBytes[index], 0, length, bytes, start, start + length);
        }

        private void remember(int index, byte[] bytes, int start, int length) {
            if (identityBytes[index] == null || identityBytes[index].length < length) {
                identityBytes[index] = new byte[Math.max(length, 64)];
            }
            System.arraycopy(bytes, start, identityBytes[index], 0, length);
            identityLengths[index] = length;
        }

        private void emit() {
            String marked = fields[0];
            // between records git may put a newline before the next one; then comes the mark, then the hash
            int at = marked.startsWith("\n") ? 1 : 0;
            char mark = marked.isEmpty() ? '>' : marked.charAt(at);
            // RANGE_LOG_FORMAT: a hash never holds a space, the decorations after it start with one
            int decorations = marked.indexOf(' ', at);
            String sha = decorations < 0 ? marked.substring(at + 1) : marked.substring(at + 1, decorations);
            if (mark == '-') {
                if (boundary != null) {
                    boundary.accept(sha);
                }
                return;
            }
            pushedCommit |= decorations >= 0;
            String parentList = fields[1];
            List<String> parents = parentList.isEmpty() ? List.of()
                    : parentList.indexOf(' ') < 0 ? List.of(parentList) : List.of(parentList.split(" "));
            each.accept(new Commit(sha, parents, fields[2], fields[3], fields[4], fields[5], fields[6]));
        }

        private void keep(byte[] buffer, int start, int end) {
            int length = end - start;
            if (pendingLength + length > pending.length) {
                pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + length));
            }
            System.arraycopy(buffer, start, pending, pendingLength, length);
            pendingLength += length;
        }

        /** After the last piece: the output must have ended with a whole commit. */
        void finish() {
            if (field != 0 || pendingLength != 0) {
                throw new GitException("could not read git log output (a commit message contains a NUL byte?)");
            }
        }
    }
}
