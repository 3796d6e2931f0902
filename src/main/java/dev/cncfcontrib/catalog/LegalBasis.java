package dev.cncfcontrib.catalog;

/** How a legal requirement was established: read in the project's files, or not. */
public enum LegalBasis implements Identified {
    PROJECT_DOCS("stated in the project's own files"),
    NOT_STATED("the project's own files were read and state no requirement"),
    HISTORICAL("what the project required before it was archived"),
    UNVERIFIED("nobody has read the project's files for it yet");

    private final String description;

    LegalBasis(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Someone read the project's own files for this requirement (whether or not they state one). */
    public boolean read() {
        return this == PROJECT_DOCS || this == NOT_STATED || this == HISTORICAL;
    }
}
