package dev.cncfcontrib.dco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.git.Commit;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.git.Repository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The parity tables' rows, and a real repository holding one commit per row. The commits are written with
 * {@code git fast-import}, which stores identities and messages byte for byte (git commit would clean up a message
 * and strip characters from names), and read back through {@link Repository#log} as {@code check dco} reads them.
 */
final class ParityTable {

    static final String JANE = "Jane Doe <jane@example.org>";
    static final String ALICE = "Alice Smith <alice@example.org>";
    static final String SIGNED_JANE = "Signed-off-by: " + JANE;

    /** A checker's verdict on a commit. */
    enum Verdict { PASS, FAIL, SKIP }

    /**
     * One hand-built commit and the real checker's verdict on it.
     *
     * @param author    "Name <email>" (the name may be empty: "{@code <email>}")
     * @param committer "Name <email>"
     */
    record Row(String id, String author, String committer, String message, Verdict verdict) {

        @Override
        public String toString() {
            return id + ": " + verdict;
        }
    }

    static Row row(String id, String author, String committer, String message, Verdict verdict) {
        return new Row(id, author, committer, message, verdict);
    }

    static Row row(String id, String message, Verdict verdict) {
        return new Row(id, JANE, JANE, message, verdict);
    }

    private final Map<String, Commit> commits = new HashMap<>();

    private ParityTable(List<Row> rows, List<Commit> log) {
        // git log lists the newest first; the rows were written oldest first
        assertThat(log).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            commits.put(rows.get(i).id(), log.get(rows.size() - 1 - i));
        }
    }

    /** Writes every row as a commit of a new repository under {@code home} and reads them back. */
    static ParityTable build(Path home, List<Row> rows) throws IOException, InterruptedException {
        Path dir = home.resolve("parity");
        GitRepo.init(dir, home);
        String root = GitRepo.at(dir, home).git("rev-parse", "HEAD");
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        long time = 1_700_000_000L;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            byte[] message = row.message().getBytes(StandardCharsets.UTF_8);
            stream.writeBytes(("commit refs/heads/parity\n"
                    + "author " + ident(row.author()) + " " + (time + i) + " +0000\n"
                    + "committer " + ident(row.committer()) + " " + (time + i) + " +0000\n"
                    + "data " + message.length + "\n").getBytes(StandardCharsets.UTF_8));
            stream.writeBytes(message);
            stream.writeBytes(("\n" + (i == 0 ? "from " + root + "\n" : "") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path input = home.resolve("parity.fast-import");
        Files.write(input, stream.toByteArray());
        ProcessBuilder fastImport = new ProcessBuilder("git", "fast-import", "--quiet").directory(dir.toFile())
                .redirectInput(input.toFile()).redirectErrorStream(true);
        fastImport.environment().clear();
        fastImport.environment().putAll(GitRepo.environment(home));
        Process process = fastImport.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Repository repository = Repository.open(new GitRunner(GitRepo.environment(home)), dir);
        return new ParityTable(rows, repository.log(root, "parity"));
    }

    /** fast-import's {@code (SP <name>)? SP LT <email> GT}: the name is left out when empty. */
    private static String ident(String person) {
        int open = person.lastIndexOf('<');
        String name = person.substring(0, open).strip();
        return (name.isEmpty() ? "" : name + " ") + person.substring(open);
    }

    Commit commit(Row row) {
        Commit commit = commits.get(row.id());
        assertThat(commit).as(row.id()).isNotNull();
        return commit;
    }

    /** Checks the row's commit with {@code mode} and compares with the real checker's verdict. */
    void assertVerdict(DcoMode mode, Row row) {
        Commit commit = commit(row);
        assertThat(commit.message()).as("the message as stored").isEqualTo(row.message());
        CommitCheck check = new DcoChecker(mode).check(commit);
        Verdict verdict = switch (check.status()) {
            case PASSED -> Verdict.PASS;
            case FAILED -> Verdict.FAIL;
            case SKIPPED_BOT, SKIPPED_MERGE -> Verdict.SKIP;
        };
        assertThat(verdict).as("%s with %s: %s", row.id(), mode.id(), check.reasons()).isEqualTo(row.verdict());
        if (verdict == Verdict.FAIL) {
            assertThat(check.reasons()).as("a failure says why").isNotEmpty();
        }
    }

    static List<Row> list(Row... rows) {
        List<Row> list = new ArrayList<>(List.of(rows));
        assertThat(list.stream().map(Row::id).distinct()).as("row ids are unique").hasSameSizeAs(list);
        return list;
    }
}
