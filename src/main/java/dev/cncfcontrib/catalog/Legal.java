package dev.cncfcontrib.catalog;

/** The legal requirement for contributions, with how it was established. */
public record Legal(LegalKind kind, LegalBasis basis, String signingUrl, boolean signedCommits, String note) {

    /** True when the requirement comes from the project's own documents rather than a default. */
    public boolean verified() {
        return basis == LegalBasis.PROJECT_DOCS || basis == LegalBasis.HISTORICAL;
    }
}
