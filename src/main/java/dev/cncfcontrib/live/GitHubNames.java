package dev.cncfcontrib.live;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading GitHub's names out of URLs: {@code owner/name} of a repository, the organisations of a project. */
public final class GitHubNames {

    private static final Pattern REPOSITORY = Pattern.compile(
            "^https?://(?:www\\.)?github\\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100}?)(?:\\.git)?(?:/.*)?$");
    private static final Pattern OWNER = Pattern.compile("^https?://(?:www\\.)?github\\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/?(?:[?#].*)?$");
    /** An API URL such as https://api.github.com/repos/OWNER/NAME, as search results give it. */
    private static final Pattern API_REPOSITORY = Pattern.compile("/repos/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})/?$");

    private GitHubNames() {
    }

    /** {@code owner/name} of a GitHub repository URL, or null for anything else. */
    public static String ownerAndName(String url) {
        if (url == null) {
            return null;
        }
        Matcher matcher = REPOSITORY.matcher(url.trim());
        return matcher.matches() ? matcher.group(1) + "/" + matcher.group(2) : null;
    }

    /** {@code owner/name} from an API repository URL. */
    static String fromApiUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher matcher = API_REPOSITORY.matcher(url.trim());
        return matcher.find() ? matcher.group(1) + "/" + matcher.group(2) : null;
    }

    /** The GitHub organisations (or users) that own these repository URLs, in order, each once. */
    public static List<String> owners(List<String> urls) {
        Set<String> owners = new LinkedHashSet<>();
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            String repository = ownerAndName(url);
            if (repository != null) {
                owners.add(repository.substring(0, repository.indexOf('/')));
                continue;
            }
            Matcher owner = OWNER.matcher(url.trim());
            if (owner.matches()) {
                owners.add(owner.group(1));
            }
        }
        return List.copyOf(owners);
    }
}
