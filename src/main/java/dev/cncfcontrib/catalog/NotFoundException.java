package dev.cncfcontrib.catalog;

import java.util.List;

/** A project or group name that matches nothing in the catalog, with the closest names to suggest. */
public final class NotFoundException extends RuntimeException {

    private final String typed;
    private final String what;
    private final List<String> suggestions;

    public NotFoundException(String what, String typed, List<String> suggestions) {
        super("no " + what + " named '" + typed + "'");
        this.what = what;
        this.typed = typed;
        this.suggestions = List.copyOf(suggestions);
    }

    public String typed() {
        return typed;
    }

    /** "project" or "group". */
    public String what() {
        return what;
    }

    /** Ids of the closest entries, best first; empty when nothing is close. */
    public List<String> suggestions() {
        return suggestions;
    }
}
