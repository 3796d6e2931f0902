package dev.cncfcontrib.dco;

import static dev.cncfcontrib.dco.DcoappParityTest.signedBy;
import static dev.cncfcontrib.dco.ParityTable.ALICE;
import static dev.cncfcontrib.dco.ParityTable.JANE;
import static dev.cncfcontrib.dco.ParityTable.SIGNED_JANE;
import static dev.cncfcontrib.dco.ParityTable.Verdict.FAIL;
import static dev.cncfcontrib.dco.ParityTable.Verdict.PASS;
import static dev.cncfcontrib.dco.ParityTable.row;

import dev.cncfcontrib.dco.ParityTable.Row;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --mode dco-check} against dco-check 0.5.1 itself. Each row is a hand-built commit; its verdict is the exit
 * status of {@code python3 dco_check.py -b base} (the file of the 0.5.1 tag, Python 3.11, git 2.39, no CI
 * variables set, so in plain-git mode) run in a real repository where the row's commit, written with
 * {@code git fast-import} exactly as here, sits on a branch of its own one commit after {@code base}: 0 is a pass,
 * anything else a failure (an IndexError traceback included). dco-check skips no bots.
 */
class DcoCheckParityTest {

    static List<Row> rows() {
        return ParityTable.list(
                row("signed", "Add the retry option\n\n" + SIGNED_JANE + "\n", PASS),
                row("unsigned", "Add the retry option\n\nNo trailer here.\n", FAIL),
                row("empty-message", "", FAIL),
                row("blank-message", "\n \t\n", FAIL),
                row("subject-only", "Add the retry option", FAIL),
                row("subject-is-the-sign-off", SIGNED_JANE, FAIL),
                row("sign-off-in-subject-paragraph", "Fix\n" + SIGNED_JANE + "\n", FAIL),
                row("key-in-other-case", "Fix\n\nsigned-off-by: Jane Doe <jane@example.org>\n", FAIL),
                row("no-space-after-colon", "Fix\n\nSigned-off-by:Jane Doe <jane@example.org>\n", PASS),
                row("tab-after-colon", "Fix\n\nSigned-off-by:\tJane Doe <jane@example.org>\n", FAIL),
                row("leading-space", "Fix\n\n " + SIGNED_JANE + "\n", FAIL),
                row("text-after-address", "Fix\n\n" + SIGNED_JANE + " (work)\n", PASS),
                row("trailing-no-break-space", "Fix\n\n" + SIGNED_JANE + "\u00A0\n", PASS),
                row("crlf-line-ends", "Fix\r\n\r\n" + SIGNED_JANE + "\r\n", PASS),
                row("blank-line-of-spaces-and-tab", "Fix\n \t \n" + SIGNED_JANE + "\n", PASS),
                row("blank-line-of-carriage-return", "Fix\n\r\n" + SIGNED_JANE + "\n", PASS),
                row("form-feed-line", "Fix\n\f\n" + SIGNED_JANE + "\n", FAIL),
                row("vertical-tab-line", "Fix\n\u000B\n" + SIGNED_JANE + "\n", FAIL),
                row("ideographic-space-line", "Fix\n\u3000\n" + SIGNED_JANE + "\n", FAIL),
                row("no-break-space-line", "Fix\n\u00A0\n" + SIGNED_JANE + "\n", FAIL),
                row("lone-carriage-returns-after-subject", "Fix\r\r" + SIGNED_JANE + "\n", FAIL),
                row("lone-carriage-return-in-body", "Fix\n\nSee below.\r" + SIGNED_JANE + "\n", FAIL),
                row("next-line-in-body", "Fix\n\nSee below.\u0085" + SIGNED_JANE + "\n", FAIL),
                row("carriage-return-inside-sign-off", "Fix\n\nSigned-off-by: Alice\rJane Doe <jane@example.org>\n", FAIL),
                row("record-separator-in-body", "Fix\n\nSee\u001Ebelow.\n\n" + SIGNED_JANE + "\n", FAIL),
                row("record-separator-after-sign-off", "Fix\n\n" + SIGNED_JANE + "\n\u001E\nmore\n", FAIL),
                row("record-separator-read-as-second-commit",
                        "Fix\n\n" + SIGNED_JANE + "\n\u001Ex\n" + JANE + "\ny\n" + SIGNED_JANE + "\n", PASS),
                row("identity-in-other-case", "Fix\n\nSigned-off-by: jane doe <jane@example.org>\n", FAIL),
                row("other-person", "Fix\n\nSigned-off-by: " + ALICE + "\n", FAIL),
                row("committer-signs", ALICE, JANE, "Fix\n\n" + SIGNED_JANE + "\n", FAIL),
                row("one-of-several", "Fix\n\nSigned-off-by: " + ALICE + "\n" + SIGNED_JANE + "\n", PASS),
                row("invalid-address-beside-a-match", "Fix\n\n" + SIGNED_JANE + "\nSigned-off-by: Bob <bob>\n", FAIL),
                row("unreadable-sign-off-beside-a-match", "Fix\n\nSigned-off-by: Jane Doe\n" + SIGNED_JANE + "\n", PASS),
                row("key-twice-on-the-line", "Fix\n\n" + SIGNED_JANE + " Signed-off-by:\n", PASS),
                row("key-inside-the-name", "Fix\n\nSigned-off-by: Jane Signed-off-by:Doe <jane@example.org>\n", PASS),
                signedBy("address-with-no-break-space", "Jane Doe <jane\u00A0doe@example.org>", FAIL),
                signedBy("address-with-unit-separator", "Jane Doe <jane\u001Fdoe@example.org>", FAIL),
                signedBy("address-without-dot", "Jane Doe <jane@localhost>", FAIL),
                signedBy("non-ascii-address", "Jörg Müller <jörg@example.de>", PASS),
                row("author-without-name", "<jane@example.org>", JANE, "Fix\n\nSigned-off-by:  <jane@example.org>\n", FAIL),
                row("author-without-address", "Jane Doe <>", JANE, "Fix\n\nSigned-off-by: Jane Doe <>\n", FAIL),
                row("dependabot-unsigned", "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
                        "GitHub <noreply@github.com>", "Bump lodash from 4.17.20 to 4.17.21\n", FAIL),
                signedBy("dependabot-signed", "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", PASS),
                row("copilot-coding-agent", "Copilot <198982749+Copilot@users.noreply.github.com>",
                        "GitHub <noreply@github.com>", "Fix the flaky test\n", FAIL));
    }

    @TempDir
    static Path home;

    private static ParityTable table;

    @BeforeAll
    static void writeTheCommits() throws Exception {
        table = ParityTable.build(home, rows());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void givesTheVerdictOfDcoChecksOwnCode(Row row) {
        table.assertVerdict(DcoMode.DCO_CHECK, row);
    }
}
