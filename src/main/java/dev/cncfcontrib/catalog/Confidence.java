package dev.cncfcontrib.catalog;

/** How firmly a fact stands on the project's files. */
public enum Confidence implements Identified {
    /** Stated plainly in a current file. */
    HIGH,
    /** Stated only in a secondary file, or in an older copy. */
    MEDIUM,
    /** The files contradict each other, or the copy read is old. */
    LOW
}
