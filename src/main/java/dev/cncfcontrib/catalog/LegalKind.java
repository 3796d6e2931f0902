package dev.cncfcontrib.catalog;

/** What a contributor must do, legally, before a pull request can be merged, as the project's own files say. */
public enum LegalKind implements Identified {
    DCO("DCO sign-off",
            "Every commit must carry a 'Signed-off-by: Your Name <email>' line that matches the commit's author;"
                    + " 'git commit -s' adds it. By signing off you certify the Developer Certificate of Origin 1.1"
                    + " (https://developercertificate.org/): you wrote the change or have the right to submit it"
                    + " under the project's licence."),
    CNCF_CLA("CNCF CLA",
            "Before your first pull request can be merged you sign the CNCF Contributor License Agreement through"
                    + " the Linux Foundation's EasyCLA. Sign as an individual, or ask your employer to add you to its corporate CLA. The email of"
                    + " your commits must be an address linked to your GitHub account and covered by the CLA."
                    + " No sign-off is needed for the CLA."),
    OTHER_CLA("CLA",
            "Before your first pull request can be merged you sign the project's Contributor License Agreement"
                    + " (named above), as an individual or through your employer, with the email address your"
                    + " commits use."),
    DCO_AND_CLA("DCO sign-off and CLA",
            "Both: every commit carries a 'Signed-off-by' line ('git commit -s'), and you sign the Contributor"
                    + " License Agreement named above before your first pull request can be merged."),
    NONE("none",
            "The project states that it needs neither a sign-off nor a CLA."),
    UNKNOWN("not stated",
            "The project's files do not say whether it needs a DCO sign-off or a CLA. Read the contributor guide,"
                    + " and watch which checks your first pull request gets: a 'DCO' check asks for sign-offs, an"
                    + " EasyCLA or CLA bot comment for an agreement. Most CNCF projects ask for a DCO sign-off, so"
                    + " signing off your commits ('git commit -s') costs nothing.");

    private final String label;
    private final String explanation;

    LegalKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** What the requirement means in practice for someone about to open a first pull request. */
    public String explanation() {
        return explanation;
    }

    /** A contributor license agreement must be signed before a first pull request can merge. */
    public boolean needsCla() {
        return this == CNCF_CLA || this == OTHER_CLA || this == DCO_AND_CLA;
    }

    /** Every commit must be signed off. */
    public boolean needsSignOff() {
        return this == DCO || this == DCO_AND_CLA;
    }
}
