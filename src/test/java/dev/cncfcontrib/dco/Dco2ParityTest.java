package dev.cncfcontrib.dco;

import static dev.cncfcontrib.dco.DcoappParityTest.ADDRESS_255;
import static dev.cncfcontrib.dco.DcoappParityTest.signedBy;
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
 * {@code --mode dco2} against cncf/dco2 itself. Each row is a hand-built commit; its verdict is what dco2's checks
 * (commit 14a6f00, {@code dco2/src/dco/check/mod.rs}: {@code should_skip_commit}, {@code validate_emails},
 * {@code get_signoffs}, {@code signoffs_match}) gave when run as a small Rust program over the real crates: the
 * {@code SIGN_OFF} expression in the {@code regex} crate (Debian's 1.7.1; dco2 locks 1.12.4, which reads these
 * patterns the same way: line ends, {@code \s} and case folding are unchanged) and {@code email_address} 0.2.9 (its
 * lock file's version, built from the tag). dco2's full check needs a GitHub App, so those four functions were
 * called directly. SKIP rows are commits whose author address GitHub links to a Bot account ({@link GitHubBots});
 * dco2 skips them by {@code author.is_bot}.
 */
class Dco2ParityTest {

    static List<Row> rows() {
        return ParityTable.list(
                row("signed", "Add the retry option\n\n" + SIGNED_JANE + "\n", PASS),
                row("unsigned", "Add the retry option\n\nNo trailer here.\n", FAIL),
                row("empty-message", "", FAIL),
                row("subject-is-the-sign-off", SIGNED_JANE, PASS),
                row("sign-off-in-subject-paragraph", "Fix\n" + SIGNED_JANE + "\n", PASS),
                row("key-in-other-case", "Fix\n\nsigned-OFF-BY: Jane Doe <jane@example.org>\n", PASS),
                row("key-with-long-s", "Fix\n\n\u017Figned-off-by: Jane Doe <jane@example.org>\n", PASS),
                row("no-space-after-colon", "Fix\n\nSigned-off-by:Jane Doe <jane@example.org>\n", FAIL),
                row("leading-space", "Fix\n\n " + SIGNED_JANE + "\n", FAIL),
                row("text-after-address", "Fix\n\n" + SIGNED_JANE + " (work)\n", FAIL),
                row("trailing-spaces-and-tab", "Fix\n\n" + SIGNED_JANE + " \t \n", PASS),
                row("trailing-no-break-space", "Fix\n\n" + SIGNED_JANE + "\u00A0\n", PASS),
                row("trailing-ideographic-space", "Fix\n\n" + SIGNED_JANE + "\u3000\n", PASS),
                row("trailing-byte-order-mark", "Fix\n\n" + SIGNED_JANE + "\uFEFF\n", FAIL),
                row("trailing-next-line", "Fix\n\n" + SIGNED_JANE + "\u0085\n", PASS),
                row("next-line-before-trailer", "Fix\u0085" + SIGNED_JANE + "\n", FAIL),
                row("carriage-return-before-trailer", "Fix\r" + SIGNED_JANE + "\n", FAIL),
                row("line-separator-before-trailer", "Fix\u2028" + SIGNED_JANE, FAIL),
                row("crlf-line-ends", "Fix\r\n\r\n" + SIGNED_JANE + "\r\n", PASS),
                row("identity-in-other-case", "Fix\n\nSigned-off-by: JANE DOE <Jane@Example.ORG>\n", PASS),
                row("other-person", "Fix\n\nSigned-off-by: " + ALICE + "\n", FAIL),
                row("committer-signs", ALICE, JANE, "Fix\n\n" + SIGNED_JANE + "\n", PASS),
                row("author-name-committer-address", ALICE, JANE, "Fix\n\nSigned-off-by: Alice Smith <jane@example.org>\n", FAIL),
                row("one-of-several", "Fix\n\nSigned-off-by: " + ALICE + "\n" + SIGNED_JANE + "\n", PASS),
                signedBy("address-starting-with-backtick", "Jane Doe <`jane@example.org>", PASS),
                signedBy("address-of-255-characters", "Jane Doe <" + ADDRESS_255 + ">", PASS),
                signedBy("local-part-of-65-characters", "Jane Doe <" + "j".repeat(65) + "@example.org>", FAIL),
                signedBy("local-part-of-66-bytes", "Jane Doe <" + "é".repeat(33) + "@example.org>", FAIL),
                signedBy("domain-label-of-64-bytes", "Jane Doe <jane@" + "é".repeat(32) + ".org>", FAIL),
                signedBy("non-ascii-address", "Jörg Müller <jörg@example.de>", PASS),
                signedBy("address-without-top-level-domain", "Jane Doe <jane@localhost>", PASS),
                signedBy("quoted-local-part", "Jane Doe <\"jane doe\"@example.org>", PASS),
                signedBy("quoted-non-ascii-local-part", "Jörg Müller <\"jörg\"@example.de>", FAIL),
                signedBy("domain-literal", "Jane Doe <jane@[192.0.2.1]>", PASS),
                signedBy("domain-label-with-underscore", "Jane Doe <jane@ex_ample.org>", PASS),
                signedBy("domain-label-starting-with-hyphen", "Jane Doe <jane@-example.org>", FAIL),
                signedBy("address-with-no-break-space", "Jane Doe <jane\u00A0doe@example.org>", FAIL),
                row("author-without-address", "Jane Doe <>", JANE, "Fix\n\n" + SIGNED_JANE + "\n", FAIL),
                row("invalid-committer-address", JANE, "CI <ci@@example.org>", "Fix\n\n" + SIGNED_JANE + "\n", FAIL),
                row("bot-committer", JANE, "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
                        "Fix\n\n" + SIGNED_JANE + "\n", PASS),
                row("dependabot", "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
                        "GitHub <noreply@github.com>", "Bump lodash from 4.17.20 to 4.17.21\n", SKIP),
                row("app-bot-address-without-id", "renovate[bot] <renovate[bot]@users.noreply.github.com>",
                        "GitHub <noreply@github.com>", "Update dependency x to v2\n", SKIP),
                row("copilot-coding-agent", "Copilot <198982749+Copilot@users.noreply.github.com>",
                        "GitHub <noreply@github.com>", "Fix the flaky test\n", SKIP),
                row("bot-name-with-a-person-address", "x[bot] <x@example.org>", "x[bot] <x@example.org>", "Automated update\n", FAIL),
                signedBy("bot-name-with-a-person-address-signed", "x[bot] <x@example.org>", PASS));
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
    void givesTheVerdictOfDco2sOwnCode(Row row) {
        table.assertVerdict(DcoMode.DCO2, row);
    }
}
