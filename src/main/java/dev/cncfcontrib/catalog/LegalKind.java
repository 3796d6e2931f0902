package dev.cncfcontrib.catalog;

/** What a contributor must do, legally, before a pull request can be merged. */
public enum LegalKind implements Identified {
    DCO("dco", "DCO sign-off",
            "Every commit must carry a 'Signed-off-by: Your Name <email>' line that matches the commit's author;"
                    + " 'git commit -s' adds it. By signing off you certify the Developer Certificate of Origin 1.1"
                    + " (https://developercertificate.org/): you wrote the change or have the right to submit it"
                    + " under the project's licence. A bot checks every commit of the pull request."),
    CNCF_CLA("cncf-cla", "CNCF CLA",
            "Before your first pull request can be merged you sign the CNCF Contributor License Agreement through"
                    + " the Linux Foundation's EasyCLA: its bot comments on your first pull request with a link."
                    + " Sign as an individual, or ask your employer to add you to its corporate CLA. The email of"
                    + " your commits must be an address linked to your GitHub account and covered by the CLA."),
    GOOGLE_CLA("google-cla", "Google CLA",
            "You sign Google's individual or corporate Contributor License Agreement at"
                    + " https://cla.developers.google.com/ with the email address your commits use."),
    VMWARE_CLA("vmware-cla", "VMware CLA",
            "You sign VMware's Contributor License Agreement; its bot checks the email of your commits."),
    OTHER_CLA("other-cla", "project CLA",
            "The project has its own Contributor License Agreement: follow the signing link before your first"
                    + " pull request, using the email address of your commits."),
    NONE("none", "none",
            "No sign-off or CLA is required by this project."),
    UNKNOWN("unknown", "unknown",
            "Nobody has verified what this project requires. The CNCF charter asks for a DCO sign-off on every"
                    + " contribution, so sign off your commits ('git commit -s') and read the contributor guide.");

    private final String id;
    private final String label;
    private final String explanation;

    LegalKind(String id, String label, String explanation) {
        this.id = id;
        this.label = label;
        this.explanation = explanation;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** What the requirement means in practice for someone about to open a first pull request. */
    public String explanation() {
        return explanation;
    }
}
