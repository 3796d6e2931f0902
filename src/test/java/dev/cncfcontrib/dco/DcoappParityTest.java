package dev.cncfcontrib.dco;

import static dev.cncfcontrib.dco.ParityTable.ALICE;
import static dev.cncfcontrib.dco.ParityTable.JANE;
import static dev.cncfcontrib.dco.ParityTable.SIGNED_JANE;
import static dev.cncfcontrib.dco.ParityTable.Verdict.FAIL;
import static dev.cncfcontrib.dco.ParityTable.Verdict.PASS;
import static dev.cncfcontrib.dco.ParityTable.Verdict.SKIP;
import static dev.cncfcontrib.dco.ParityTable.row;

import dev.cncfcontrib.dco.ParityTable.Row;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --mode dcoapp} against dcoapp/app itself. Each row is a hand-built commit; its verdict is what the app's
 * own {@code lib/dco.js} (commit 83946bb, with npm email-validator 2.0.4 as its lock file has it) returned when
 * node 20 ran it on that commit: {@code getDCOStatus([{commit: {message, author, committer, verification: {verified:
 * false}}, author: ACCOUNT, parents: [], sha}], () => true, url, {individual: false, thirdParty: false})}, where an
 * empty result is a pass. ACCOUNT is what GitHub links to the author address: {@code {type: "Bot"}} for the addresses
 * of {@link GitHubBots} (see its evidence), {@code {type: "User"}} otherwise; the app skips a Bot author, so SKIP
 * rows are unsigned commits the app passed only because of that.
 */
class DcoappParityTest {

    static final String ADDRESS_254 = "j".repeat(64) + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(57) + ".org";
    static final String ADDRESS_255 = "j".repeat(64) + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(58) + ".org";

    static List<Row> rows() {
        return ParityTable.list(
                row("signed", "Add the retry option\n\n" + SIGNED_JANE + "\n", PASS),
                row("unsigned", "Add the retry option\n\nNo trailer here.\n", FAIL),
                row("empty-message", "", FAIL),
                row("subject-is-the-sign-off", SIGNED_JANE, PASS),
                row("sign-off-in-subject-paragraph", "Fix\n" + SIGNED_JANE + "\n", PASS),
                row("key-in-other-case", "Fix\n\nsigned-OFF-BY: Jane Doe <jane@example.org>\n", PASS),
                row("key-with-long-s", "Fix\n\n\u017Figned-off-by: Jane Doe <jane@example.org>\n", FAIL),
                row("no-space-after-colon", "Fix\n\nSigned-off-by:Jane Doe <jane@example.org>\n", FAIL),
                row("leading-space", "Fix\n\n " + SIGNED_JANE + "\n", FAIL),
                row("text-after-address", "Fix\n\n" + SIGNED_JANE + " (work)\n", FAIL),
                row("two-spaces-before-address", "Fix\n\nSigned-off-by: Jane Doe  <jane@example.org>\n", FAIL),
                row("trailing-spaces-and-tab", "Fix\n\n" + SIGNED_JANE + " \t \n", PASS),
                row("trailing-no-break-space", "Fix\n\n" + SIGNED_JANE + "\u00A0\n", PASS),
                row("trailing-ideographic-space", "Fix\n\n" + SIGNED_JANE + "\u3000\n", PASS),
                row("trailing-byte-order-mark", "Fix\n\n" + SIGNED_JANE + "\uFEFF\n", PASS),
                row("trailing-vertical-tab", "Fix\n\n" + SIGNED_JANE + "\u000B\n", PASS),
                row("trailing-next-line", "Fix\n\n" + SIGNED_JANE + "\u0085\n", FAIL),
                row("next-line-before-trailer", "Fix\u0085" + SIGNED_JANE + "\n", FAIL),
                row("carriage-return-before-trailer", "Fix\r" + SIGNED_JANE + "\n", PASS),
                row("line-separator-before-trailer", "Fix\u2028" + SIGNED_JANE, PASS),
                row("crlf-line-ends", "Fix\r\n\r\n" + SIGNED_JANE + "\r\n", PASS),
                row("identity-in-other-case", "Fix\n\nSigned-off-by: JANE DOE <Jane@Example.ORG>\n", PASS),
                row("non-ascii-name-in-other-case", "ZOË ÅNGSTRÖM <zoe@example.org>", "ZOË ÅNGSTRÖM <zoe@example.org>",
                        "Fix\n\nSigned-off-by: zoë ångström <zoe@example.org>\n", PASS),
                row("other-person", "Fix\n\nSigned-off-by: " + ALICE + "\n", FAIL),
                row("committer-signs", ALICE, JANE, "Fix\n\n" + SIGNED_JANE + "\n", PASS),
                row("author-name-committer-address", ALICE, JANE, "Fix\n\nSigned-off-by: Alice Smith <jane@example.org>\n", PASS),
                row("one-of-several-after-a-white-line", "Fix\n\nSigned-off-by: " + ALICE + "\n\u00A0\n" + SIGNED_JANE + "\n", PASS),
                signedBy("address-starting-with-backtick", "Jane Doe <`jane@example.org>", FAIL),
                signedBy("address-with-backtick-inside", "Jane Doe <ja`ne@example.org>", PASS),
                signedBy("address-of-254-characters", "Jane Doe <" + ADDRESS_254 + ">", PASS),
                signedBy("address-of-255-characters", "Jane Doe <" + ADDRESS_255 + ">", FAIL),
                signedBy("local-part-of-65-characters", "Jane Doe <" + "j".repeat(65) + "@example.org>", FAIL),
                signedBy("domain-label-of-64-characters", "Jane Doe <jane@" + "a".repeat(64) + ".org>", FAIL),
                signedBy("non-ascii-address", "Jörg Müller <jörg@example.de>", FAIL),
                signedBy("address-without-top-level-domain", "Jane Doe <jane@localhost>", FAIL),
                row("author-without-address", "Jane Doe <>", JANE, "Fix\n\n" + SIGNED_JANE + "\n", PASS),
                row("invalid-committer-address", JANE, "CI <ci@@example.org>", "Fix\n\n" + SIGNED_JANE + "\n", PASS),
                row("invalid-address-unsigned", "Jane Doe <jane@localhost>", "Jane Doe <jane@localhost>", "Fix\n", FAIL),
                row("dependabot", "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
                        "GitHub <noreply@github.com>", "Bump lodash from 4.17.20 to 4.17.21\n", SKIP),
                row("github-actions", "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
                        "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>", "Update the changelog\n", SKIP),
                row("app-bot-address-without-id", "renovate[bot] <renovate[bot]@users.noreply.github.com>",
                        "GitHub <noreply@github.com>", "Update dependency x to v2\n", SKIP),
                row("copilot-coding-agent", "Copilot <198982749+Copilot@users.noreply.github.com>",
                        "GitHub <noreply@github.com>",
                        "Fix the flaky test\n\nCo-authored-by: jdoe <12345+jdoe@users.noreply.github.com>\n", SKIP),
                row("bot-address-with-a-person-name", "Jane Doe <49699333+dependabot[bot]@users.noreply.github.com>",
                        JANE, "Bump lodash\n", SKIP),
                row("bot-name-with-a-person-address", "x[bot] <x@example.org>", "x[bot] <x@example.org>", "Automated update\n", FAIL),
                signedBy("bot-name-with-a-person-address-signed", "x[bot] <x@example.org>", PASS),
                row("person-noreply-address-unsigned", "jdoe <12345+jdoe@users.noreply.github.com>",
                        "jdoe <12345+jdoe@users.noreply.github.com>", "Fix\n", FAIL));
    }

    /** A commit by {@code person}, who signs it off. */
    static Row signedBy(String id, String person, ParityTable.Verdict verdict) {
        return row(id, person, person, "Fix\n\nSigned-off-by: " + person + "\n", verdict);
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
    void givesTheVerdictOfTheAppsOwnCode(Row row) {
        table.assertVerdict(DcoMode.DCOAPP, row);
    }
}
