package dev.cncfcontrib.catalog;

/** CNCF maturity level; archived projects keep their entry so that people following old guides find the successor. */
public enum Maturity implements Identified {
    GRADUATED,
    INCUBATING,
    SANDBOX,
    ARCHIVED
}
