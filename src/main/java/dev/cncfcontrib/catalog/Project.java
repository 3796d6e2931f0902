package dev.cncfcontrib.catalog;

import java.util.List;
import java.util.Map;

/** One CNCF project, with everything a newcomer needs before a first pull request. */
public record Project(
        String id,
        String name,
        List<String> aliases,
        Maturity maturity,
        String focus,
        String category,
        String description,
        String homepage,
        String repository,
        List<String> additionalRepositories,
        String contributorGuide,
        List<ChatChannel> chat,
        List<MailingList> mailingLists,
        List<String> licenses,
        Legal legal,
        Dates dates,
        Successor successor,
        List<String> notes,
        String asOf,
        Map<String, List<Source>> sources) implements Entry {

    public boolean archived() {
        return maturity == Maturity.ARCHIVED;
    }
}
