package dev.cncfcontrib.dco;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.git.Commit;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.git.Repository;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the table in peers-and-dco-rules.md (b), for each checker, on commits of a real repository: each
 * case is one commit, and the expected verdicts are written dcoapp / dco2 / dco-check.
 */
class DcoRulesTest {

    private static final String ALICE = "Alice Smith <alice@example.org>";
    private static final String BOT = "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>";

    @TempDir
    static Path home;

    private static final Map<String, Commit> commits = new HashMap<>();

    /** id, author, committer, message, expected verdicts (P pass, F fail, S skipped) for dcoapp, dco2, dco-check. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain", JANE, JANE, "plain\n\nSigned-off-by: " + JANE + "\n", "PPP"),
                Arguments.of("missing", JANE, JANE, "missing\n\nNo trailer here.\n", "FFF"),
                Arguments.of("no-body", JANE, JANE, "no-body", "FFF"),
                Arguments.of("no-body-signed", JANE, JANE, "no-body-signed\n\nSigned-off-by: " + JANE, "PPP"),
                Arguments.of("key-lower-case", JANE, JANE, "key-lower-case\n\nsigned-off-by: " + JANE + "\n", "PPF"),
                Arguments.of("key-upper-case", JANE, JANE, "key-upper-case\n\nSIGNED-OFF-BY: " + JANE + "\n", "PPF"),
                Arguments.of("no-space-after-colon", JANE, JANE, "no-space-after-colon\n\nSigned-off-by:" + JANE + "\n", "FFP"),
                Arguments.of("no-address", JANE, JANE, "no-address\n\nSigned-off-by: Jane Doe\n", "FFF"),
                Arguments.of("no-space-before-bracket", JANE, JANE, "no-space-before-bracket\n\nSigned-off-by: Jane Doe<jane@example.org>\n", "FFF"),
                Arguments.of("trailing-space", JANE, JANE, "trailing-space\n\nSigned-off-by: " + JANE + "   \n", "PPP"),
                Arguments.of("trailing-tab", JANE, JANE, "trailing-tab\n\nSigned-off-by: " + JANE + "\t\n", "PPP"),
                Arguments.of("text-after-address", JANE, JANE, "text-after-address\n\nSigned-off-by: " + JANE + " (work)\n", "FFP"),
                Arguments.of("leading-space", JANE, JANE, "leading-space\n\n  Signed-off-by: " + JANE + "\n", "FFF"),
                Arguments.of("Signed-off-by: " + JANE, JANE, JANE, "Signed-off-by: " + JANE, "PPF"),
                Arguments.of("in-subject-paragraph", JANE, JANE, "in-subject-paragraph\nSigned-off-by: " + JANE + "\n", "PPF"),
                Arguments.of("other-case-identity", JANE, JANE, "other-case-identity\n\nSigned-off-by: jane doe <JANE@Example.org>\n", "PPF"),
                Arguments.of("other-person", JANE, JANE, "other-person\n\nSigned-off-by: " + ALICE + "\n", "FFF"),
                Arguments.of("committer-signs", ALICE, JANE, "committer-signs\n\nSigned-off-by: " + JANE + "\n", "PPF"),
                Arguments.of("author-name-committer-email", ALICE, JANE,
                        "author-name-committer-email\n\nSigned-off-by: Alice Smith <jane@example.org>\n", "PFF"),
                Arguments.of("several-one-matches", JANE, JANE,
                        "several-one-matches\n\nSigned-off-by: " + ALICE + "\nSigned-off-by: " + JANE + "\n", "PPP"),
                Arguments.of("non-ascii-name", "Zoë Ångström-李 <zoe@example.org>", "Zoë Ångström-李 <zoe@example.org>",
                        "non-ascii-name\n\nSigned-off-by: Zoë Ångström-李 <zoe@example.org>\n", "PPP"),
                Arguments.of("non-ascii-name-other-case", "ZOË ÅNGSTRÖM <zoe@example.org>", "ZOË ÅNGSTRÖM <zoe@example.org>",
                        "non-ascii-name-other-case\n\nSigned-off-by: zoë ångström <zoe@example.org>\n", "PPF"),
                Arguments.of("non-ascii-address", "Jörg Müller <jörg@example.de>", "Jörg Müller <jörg@example.de>",
                        "non-ascii-address\n\nSigned-off-by: Jörg Müller <jörg@example.de>\n", "FPP"),
                Arguments.of("address-without-dot", "Jane Doe <jane@localhost>", "Jane Doe <jane@localhost>",
                        "address-without-dot\n\nSigned-off-by: Jane Doe <jane@localhost>\n", "FPF"),
                Arguments.of("invalid-committer-address", JANE, "CI <ci@@example.org>",
                        "invalid-committer-address\n\nSigned-off-by: " + JANE + "\n", "PFP"),
                Arguments.of("bot-unsigned", BOT, "GitHub <noreply@github.com>", "bot-unsigned\n\nBump lodash.\n", "SSF"),
                Arguments.of("crlf-lines", JANE, JANE, "crlf-lines\r\n\r\nSigned-off-by: " + JANE + "\r\n", "PPP"));
    }

    @BeforeAll
    static void buildRepository() {
        GitRepo repo = GitRepo.init(home.resolve("repo"), home);
        cases().forEach(arguments -> {
            Object[] a = arguments.get();
            repo.commit((String) a[1], (String) a[2], (String) a[3]);
        });
        // an unsigned merge commit: skipped by every checker
        repo.git("checkout", "-q", "-b", "side", "HEAD~1");
        repo.commit(JANE, JANE, "side work\n\nSigned-off-by: " + JANE + "\n");
        repo.git("checkout", "-q", "main");
        repo.git(GitRepo.identity(JANE, JANE), "merge", "-q", "--no-ff", "--no-edit", "-m", "Merge branch 'side'", "side");
        Repository repository = Repository.open(new GitRunner(GitRepo.environment(home)), repo.dir());
        for (Commit commit : repository.log(null, "HEAD")) {
            commits.put(commit.subject().isEmpty() ? commit.message() : commit.message().lines().findFirst().orElseThrow(), commit);
        }
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("cases")
    void everyCheckerGivesItsOwnVerdict(String id, String author, String committer, String message, String expected) {
        Commit commit = commits.get(id);
        assertThat(commit).as(id).isNotNull();
        DcoMode[] modes = {DcoMode.DCOAPP, DcoMode.DCO2, DcoMode.DCO_CHECK};
        for (int i = 0; i < modes.length; i++) {
            CommitCheck check = new DcoChecker(modes[i]).check(commit);
            assertThat(letter(check)).as(id + " with " + modes[i].id() + ": " + check.reasons()).isEqualTo(expected.charAt(i));
        }
    }

    @Test
    void mergeCommitsAreSkippedByEveryChecker() {
        Commit merge = commits.get("Merge branch 'side'");
        assertThat(merge.isMerge()).isTrue();
        for (DcoMode mode : DcoMode.values()) {
            assertThat(new DcoChecker(mode).check(merge).status()).as(mode.id()).isEqualTo(CommitCheck.Status.SKIPPED_MERGE);
        }
    }

    @Test
    void reasonsSayWhatIsWrongInPlainWords() {
        assertThat(reasons(DcoMode.DCOAPP, "missing")).containsExactly("no Signed-off-by line");
        assertThat(reasons(DcoMode.DCOAPP, "no-space-after-colon"))
                .singleElement().asString().contains("needs a space after 'Signed-off-by:'");
        assertThat(reasons(DcoMode.DCO_CHECK, "key-lower-case"))
                .singleElement().asString().contains("spells the key 'signed-off-by'").contains("needs exactly 'Signed-off-by:'");
        assertThat(reasons(DcoMode.DCOAPP, "no-address"))
                .singleElement().asString().contains("has no e-mail address in angle brackets");
        assertThat(reasons(DcoMode.DCOAPP, "text-after-address"))
                .singleElement().asString().contains("has text after the closing '>'");
        assertThat(reasons(DcoMode.DCOAPP, "leading-space"))
                .singleElement().asString().contains("starts with spaces");
        assertThat(reasons(DcoMode.DCO_CHECK, "in-subject-paragraph"))
                .singleElement().asString().contains("is in the subject paragraph");
        assertThat(reasons(DcoMode.DCOAPP, "other-person")).singleElement().asString()
                .contains("the sign-off Alice Smith <alice@example.org> does not match the author Jane Doe <jane@example.org>");
        assertThat(reasons(DcoMode.DCO_CHECK, "committer-signs")).singleElement().asString()
                .contains("the author exactly, Alice Smith <alice@example.org>");
        assertThat(reasons(DcoMode.DCOAPP, "non-ascii-address")).singleElement().asString()
                .contains("'jörg@example.de' is not an e-mail address");
        assertThat(reasons(DcoMode.DCO2, "invalid-committer-address")).singleElement().asString()
                .contains("the committer's e-mail 'ci@@example.org' is not a valid address");
    }

    private static List<String> reasons(DcoMode mode, String id) {
        return new DcoChecker(mode).check(commits.get(id)).reasons();
    }

    private static char letter(CommitCheck check) {
        return switch (check.status()) {
            case PASSED -> 'P';
            case FAILED -> 'F';
            case SKIPPED_BOT, SKIPPED_MERGE -> 'S';
        };
    }
}
