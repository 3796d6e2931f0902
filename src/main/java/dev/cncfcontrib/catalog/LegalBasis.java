package dev.cncfcontrib.catalog;

/** How a legal requirement was established: read in the project's files, or not. */
public enum LegalBasis implements Identified {
    PROJECT_DOCS("project-docs", "stated in the project's own files"),
    NOT_STATED("not-stated", "the project's own files were read and state no requirement"),
    HISTORICAL("historical", "what the project required before it was archived"),
    UNVERIFIED("unverified", "nobody has read the project's files for it yet");

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

    /** Someone read the project's own files for this requirement (whether or not they state one). */
    public boolean read() {
        return this == PROJECT_DOCS || this == NOT_STATED || this == HISTORICAL;
    }
}
