package dev.cncfcontrib.catalog;

/** How much a legal requirement can be trusted: read in the project's files, or inferred. */
public enum LegalBasis implements Identified {
    PROJECT_DOCS("project-docs", "stated in the project's own files"),
    CHARTER_DEFAULT("charter-default", "not stated by the project; the CNCF charter's DCO default applies"),
    HISTORICAL("historical", "what the project required before it was archived"),
    UNVERIFIED("unverified", "not verified");

    private final String id;
    private final String description;

    LegalBasis(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
