package dev.cncfcontrib.view;

import dev.cncfcontrib.links.LinkCache;
import dev.cncfcontrib.links.LinkResult;
import dev.cncfcontrib.links.LinkStatus;
import java.util.Map;
import java.util.function.Function;

/** What a card says after a URL that the last link check found broken or moved. */
public final class LinkNotes implements Function<String, String> {

    private final Map<String, LinkCache.Entry> cached;

    public LinkNotes(Map<String, LinkCache.Entry> cached) {
        this.cached = cached;
    }

    @Override
    public String apply(String url) {
        LinkCache.Entry entry = cached.get(url);
        if (entry == null || entry.result().status() == LinkStatus.OK) {
            return null;
        }
        LinkResult result = entry.result();
        String date = entry.date();
        if (result.status() == LinkStatus.MOVED) {
            return "moved to " + result.finalUrl() + ", link check of " + date;
        }
        String why = result.status().label();
        if (result.httpStatus() != 0) {
            why += " " + result.httpStatus();
        }
        return "broken at the last link check, " + date + ": " + why;
    }
}
