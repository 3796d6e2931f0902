package dev.cncfcontrib.catalog;

/** Whether a community group still meets, or where it went. */
public enum GroupStatus implements Identified {
    ACTIVE("active"),
    ARCHIVED("archived"),
    MERGED("merged");

    private final String id;

    GroupStatus(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
