package dev.cncfcontrib.catalog;

import java.util.List;
import java.util.Map;

/** What projects and community groups have in common: a name people type, and sourced facts. */
public interface Entry {

    String id();

    String name();

    List<String> aliases();

    String description();

    List<ChatChannel> chat();

    List<MailingList> mailingLists();

    Successor successor();

    List<String> notes();

    String asOf();

    /** For each field (by its JSON name), where the fact was read. */
    Map<String, List<Source>> sources();
}
