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
