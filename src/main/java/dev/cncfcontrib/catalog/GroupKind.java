package dev.cncfcontrib.catalog;

/** The kinds of community entry: governance bodies, advisory and working groups, programmes, organisations. */
public enum GroupKind implements Identified {
    TOC("toc", "Technical Oversight Committee"),
    TAG("tag", "Technical Advisory Group"),
    TOC_SUBPROJECT("toc-subproject", "TOC subproject"),
    TCG("tcg", "Technical Community Group"),
    WORKING_GROUP("working-group", "working group"),
    PROGRAM("program", "programme"),
    MENTORING("mentoring", "mentoring programme"),
    COMMUNITY("community", "community"),
    ORGANIZATION("organization", "related organisation");

    private final String id;
    private final String label;

    GroupKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
