package dev.cncfcontrib.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a card says a requirement means in practice: only what the project's files support. */
class LegalTest {

    private static Legal legal(LegalKind kind, String bot, boolean conflicting) {
        return new Legal(kind, LegalBasis.PROJECT_DOCS, kind == LegalKind.OTHER_CLA ? "Google CLA" : null, null, bot,
                false, Confidence.HIGH, conflicting, null);
    }

    @Test
    void aBotIsPromisedOnlyWhereTheFilesNameOne() {
        assertThat(legal(LegalKind.DCO, "the DCO app", false).inPractice()).contains("A bot checks every commit");
        assertThat(legal(LegalKind.DCO, null, false).inPractice())
                .doesNotContain("A bot checks").contains("name no bot");
        assertThat(legal(LegalKind.CNCF_CLA, "LF EasyCLA", false).inPractice()).contains("EasyCLA's bot comments");
        assertThat(legal(LegalKind.CNCF_CLA, null, false).inPractice())
                .doesNotContain("bot comments on your").contains("ask the maintainers where to sign");
        assertThat(legal(LegalKind.OTHER_CLA, null, false).inPractice())
                .doesNotContain("a bot on the pull request checks").contains("ask the maintainers how to sign");
    }

    @Test
    void filesThatDisagreeGetWhatHoldsEitherWayNotAFirmRule() {
        String text = legal(LegalKind.DCO_AND_CLA, "the DCO app", true).inPractice();

        assertThat(text).contains("sign off your commits").contains("sign a CLA only when a bot asks")
                .doesNotContain("before your first pull request can be merged");
    }
}
