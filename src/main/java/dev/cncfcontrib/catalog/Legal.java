package dev.cncfcontrib.catalog;

/**
 * The legal requirement for contributions, with how it was established.
 *
 * @param kind        what must be done: a sign-off, a CLA, both, nothing, or not stated
 * @param basis       whether the project's files were read for it
 * @param claName     which agreement, for a CLA other than the CNCF's ("Google CLA", "CDF CLA through LF EasyCLA")
 * @param signingUrl  where to sign or read about it
 * @param bot         what enforces it on a pull request ("DCO app", "LF EasyCLA", a workflow), when known
 * @param signedCommits commits must also be cryptographically signed
 * @param confidence  how firmly it stands on the files, when assessed
 * @param conflicting the project's own files disagree; {@code note} says how, and what to do
 * @param note        what a newcomer must know about it
 */
public record Legal(LegalKind kind, LegalBasis basis, String claName, String signingUrl, String bot,
                    boolean signedCommits, Confidence confidence, boolean conflicting, String note) {

    /** What the project's files have not been read for: nothing is claimed. */
    public static Legal unverified(String note) {
        return new Legal(LegalKind.UNKNOWN, LegalBasis.UNVERIFIED, null, null, null, false, null, false, note);
    }

    /**
     * What the requirement means for someone about to open a first pull request: the kind's explanation, with only
     * what the project's files support about who checks it, and a hedge where the files disagree.
     */
    public String inPractice() {
        if (conflicting) {
            return "The project's files disagree, so do what holds either way: sign off your commits ('git commit -s'),"
                    + " and sign a CLA only when a bot asks for it on your first pull request; the note below says more.";
        }
        return switch (kind) {
            case DCO -> kind.explanation() + (bot != null ? " A bot checks every commit of the pull request."
                    : " The project's files name no bot; a DCO check, where one runs, looks at every commit of the pull request.");
            case CNCF_CLA -> kind.explanation() + (bot != null ? " EasyCLA's bot comments on your first pull request with a link."
                    : " The project's files do not say which bot checks it: if none comments on your first pull request,"
                            + " ask the maintainers where to sign.");
            case OTHER_CLA -> kind.explanation() + (bot != null ? " A bot on the pull request checks it."
                    : " The project's files name no bot that checks it: if none comments on your first pull request,"
                            + " ask the maintainers how to sign.");
            default -> kind.explanation();
        };
    }

    /** "CNCF CLA", "Google CLA", "DCO sign-off and Google CLA": the requirement in a few words. */
    public String label() {
        return switch (kind) {
            case OTHER_CLA -> claName != null ? claName : kind.label();
            case DCO_AND_CLA -> "DCO sign-off and " + (claName != null ? claName : "a CLA");
            case UNKNOWN -> basis == LegalBasis.NOT_STATED ? "not stated" : "unknown";
            default -> kind.label();
        };
    }
}
