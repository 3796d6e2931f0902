package dev.cncfcontrib.catalog;

/** The kinds of community entry: governance bodies, advisory and working groups, programmes, organisations. */
public enum GroupKind implements Identified {
    TOC("Technical Oversight Committee"),
    TAG("Technical Advisory Group"),
    TOC_SUBPROJECT("TOC subproject"),
    TCG("Technical Community Group"),
    WORKING_GROUP("working group"),
    PROGRAM("programme"),
    MENTORING("mentoring programme"),
    COMMUNITY("community"),
    ORGANIZATION("related organisation");

    private final String label;

    GroupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
