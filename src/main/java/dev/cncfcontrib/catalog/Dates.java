package dev.cncfcontrib.catalog;

/** CNCF milestone dates, as ISO-8601 strings (yyyy-mm-dd); absent milestones are null. */
public record Dates(String accepted, String incubating, String graduated, String archived) {

    public boolean isEmpty() {
        return accepted == null && incubating == null && graduated == null && archived == null;
    }
}
