package dev.cncfcontrib.catalog;

/** CNCF maturity level; archived projects keep their entry so that people following old guides find the successor. */
public enum Maturity implements Identified {
    GRADUATED("graduated"),
    INCUBATING("incubating"),
    SANDBOX("sandbox"),
    ARCHIVED("archived");

    private final String id;

    Maturity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
