package dev.cncfcontrib.catalog;

import java.util.List;
import java.util.Map;

/**
 * One CNCF project, with everything a newcomer needs before a first pull request.
 *
 * @param defaultBranch   the main repository's default branch, which a pull request targets
 * @param lastCommit      the date of the main repository's newest commit when its files were last read
 * @param clomonitorName  the project's name in CLOMonitor and CLOTributor, where it differs from the id
 * @param notes           what a newcomer must know (moved chat, conflicting files, rules before a pull request)
 * @param maintainerNotes how the facts were established, stale copies, inferred links: for whoever keeps the
 *                        catalog, shown only with {@code show --sources} and by the catalog commands
 */
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
        String defaultBranch,
        List<String> additionalRepositories,
        String contributorGuide,
        List<ChatChannel> chat,
        List<MailingList> mailingLists,
        List<String> licenses,
        Legal legal,
        Dates dates,
        Successor successor,
        String lastCommit,
        String clomonitorName,
        List<String> notes,
        List<String> maintainerNotes,
        String asOf,
        Map<String, List<Source>> sources) implements Entry {

    public boolean archived() {
        return maturity == Maturity.ARCHIVED;
    }
}
