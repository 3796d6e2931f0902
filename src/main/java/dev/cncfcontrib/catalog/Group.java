package dev.cncfcontrib.catalog;

import java.util.List;
import java.util.Map;

/** A community entry: the TOC, a TAG, a working group, a mentoring programme, a related organisation. */
public record Group(
        String id,
        String name,
        List<String> aliases,
        GroupKind kind,
        GroupStatus status,
        String description,
        String url,
        String howToJoin,
        List<ChatChannel> chat,
        List<MailingList> mailingLists,
        Successor successor,
        List<String> notes,
        String asOf,
        Map<String, List<Source>> sources) implements Entry {

    public boolean active() {
        return status == GroupStatus.ACTIVE;
    }
}
