package dev.cncfcontrib.live;

import dev.cncfcontrib.catalog.Identified;
import java.util.List;

/**
 * An open issue that wants help, as CLOTributor or GitHub's search lists it.
 *
 * @param project          the project's name in CLOTributor (for a GitHub result: the name the catalog gives it there)
 * @param repository       {@code owner/name} on GitHub, else the repository's name
 * @param languages        the repository's languages, main one first (CLOTributor only)
 * @param labels           the issue's labels as the service gives them
 * @param publishedMillis  when the issue was opened (epoch milliseconds), 0 when unknown
 * @param linkedPullRequest a pull request is already linked to it (CLOTributor only)
 */
public record Issue(Source source, String project, String repository, long number, String title, String url,
                    List<String> languages, List<String> labels, boolean goodFirstIssue, boolean mentorAvailable,
                    long publishedMillis, boolean linkedPullRequest) {

    /** Which service listed the issue. */
    public enum Source implements Identified {
        CLOTRIBUTOR, GITHUB
    }

    public Issue {
        languages = List.copyOf(languages);
        labels = List.copyOf(labels);
    }

    /** The language to show: the first of {@code wanted} the repository uses, else its main language, else "". */
    public String language(List<String> wanted) {
        for (String language : languages) {
            for (String asked : wanted) {
                if (language.equalsIgnoreCase(asked)) {
                    return language;
                }
            }
        }
        return languages.isEmpty() ? "" : languages.get(0);
    }

    /** Whether the repository uses {@code language} (any case). */
    public boolean uses(String language) {
        for (String used : languages) {
            if (used.equalsIgnoreCase(language)) {
                return true;
            }
        }
        return false;
    }
}
