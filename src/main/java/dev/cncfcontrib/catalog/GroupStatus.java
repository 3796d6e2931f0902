package dev.cncfcontrib.catalog;

/** Whether a community group still meets, or where it went. */
public enum GroupStatus implements Identified {
    ACTIVE,
    ARCHIVED,
    MERGED
}
