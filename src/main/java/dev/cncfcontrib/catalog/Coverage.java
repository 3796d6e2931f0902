package dev.cncfcontrib.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much of what a newcomer needs the catalog knows, by maturity: the measure of whether the facts are there.
 *
 * @param projects      projects at this maturity
 * @param legalStated   a requirement read in the project's own files
 * @param legalNotStated the project's files were read and state none
 * @param guide         a contributor guide
 * @param chat          somewhere to chat
 * @param chatStatedNone no chat, as the project's own files say (gRPC sends everyone to its mailing list)
 * @param chatChannel   a chat with a named channel, not only a workspace or a Slack id
 * @param list          a mailing list, forum or discussions
 * @param description   a description from the landscape or the project, not one composed from the category
 * @param defaultBranch the main repository's default branch
 */
public record Coverage(int projects, int legalStated, int legalNotStated, int guide, int chat, int chatStatedNone,
                       int chatChannel, int list, int description, int defaultBranch) {

    /** Every maturity, in order, with its counts (zero where the catalog has no such project). */
    public static Map<Maturity, Coverage> of(List<Project> projects) {
        Map<Maturity, int[]> counts = new EnumMap<>(Maturity.class);
        for (Maturity maturity : Maturity.values()) {
            counts.put(maturity, new int[10]);
        }
        for (Project p : projects) {
            int[] c = counts.get(p.maturity());
            c[0]++;
            c[1] += p.legal().basis() == LegalBasis.PROJECT_DOCS || p.legal().basis() == LegalBasis.HISTORICAL ? 1 : 0;
            c[2] += p.legal().basis() == LegalBasis.NOT_STATED ? 1 : 0;
            c[3] += p.contributorGuide() != null ? 1 : 0;
            c[4] += p.chat().isEmpty() ? 0 : 1;
            c[5] += p.chat().isEmpty() && p.sources().containsKey("chat") ? 1 : 0;
            c[6] += p.chat().stream().anyMatch(channel -> channel.channelName() != null) ? 1 : 0;
            c[7] += p.mailingLists().isEmpty() ? 0 : 1;
            c[8] += composed(p) ? 0 : 1;
            c[9] += p.defaultBranch() != null ? 1 : 0;
        }
        Map<Maturity, Coverage> coverage = new EnumMap<>(Maturity.class);
        counts.forEach((maturity, c) -> coverage.put(maturity, new Coverage(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9])));
        return coverage;
    }

    /** Where to chat is known: a chat, or the project's own word that there is none. */
    public int chatKnown() {
        return chat + chatStatedNone;
    }

    /** Someone read the project's files for its legal requirement, whether or not they state one. */
    public int legalRead() {
        return legalStated + legalNotStated;
    }

    private static boolean composed(Project p) {
        for (Source source : p.sources().getOrDefault("description", List.of())) {
            if (LandscapeImporter.COMPOSED_DESCRIPTION.equals(source.note())) {
                return true;
            }
        }
        return false;
    }
}
