package dev.cncfcontrib.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a catalog from the CNCF projects of a landscape file and a curated {@link Overlay}. Every imported
 * fact cites the landscape (with the item's line range when the landscape is a GitHub permalink); fields the
 * overlay sets win over the imported ones, one field at a time. Nothing depends on the clock or on hash order:
 * the same inputs give the same catalog.
 */
public final class LandscapeImporter {

    /** Fields in the order the catalog writes them; sources are kept in the same order. */
    static final List<String> FIELD_ORDER = List.of("name", "aliases", "maturity", "focus", "category", "description",
            "homepage", "repository", "defaultBranch", "additionalRepositories", "contributorGuide", "chat",
            "mailingLists", "licenses", "legal", "dates", "successor", "lastCommit", "clomonitorName", "notes",
            "maintainerNotes");

    private static final String GITTER_NOTE = "Gitter moved to Matrix in 2023: this room is now reached through"
            + " Matrix, and may no longer be where the project talks.";
    private static final Pattern SLACK_CHANNEL = Pattern.compile("/(?:messages|archives)/([A-Za-z0-9._-]+)");
    private static final Pattern GOOGLE_GROUP = Pattern.compile(
            "^https?://groups\\.google\\.com/(?:a/([^/]+)/)?(?:forum/.*#!forum/|g/|d/forum/|forum/#!forum/)([A-Za-z0-9._-]+)");
    private static final Pattern GROUPS_IO = Pattern.compile("^https?://([a-z0-9.-]*(?:lists\\.cncf\\.io|groups\\.io))/g/([A-Za-z0-9._-]+)");

    /** The source note of a description made up from the landscape's category because it gives none. */
    public static final String COMPOSED_DESCRIPTION = "composed from the landscape item's maturity and category; it has no description";

    /** The catalog, and what the person running the import should know (overlay entries left unused). */
    public record Result(Catalog catalog, List<String> warnings) {
    }

    private final Overlay overlay;

    public LandscapeImporter(Overlay overlay) {
        this.overlay = overlay;
    }

    /**
     * @param sourceUrl  the landscape file to cite, or null for the overlay's {@code landscape.url}
     * @param sourceDate its date, or null for the overlay's {@code landscape.date}
     */
    public Result importItems(List<LandscapeReader.Item> items, String sourceUrl, String sourceDate) {
        String url = sourceUrl != null ? sourceUrl : overlay.landscapeUrl();
        String date = sourceDate != null ? sourceDate : overlay.landscapeDate();
        if (url == null || date == null) {
            throw new IllegalArgumentException("the landscape's URL and date are needed: give them, or set 'landscape' in the overlay");
        }
        List<String> warnings = new ArrayList<>();
        Map<LandscapeReader.Item, Project> curated = match(items, warnings);
        Map<LandscapeReader.Item, String> ids = assignIds(items, curated);

        List<Project> projects = new ArrayList<>();
        for (LandscapeReader.Item item : items) {
            Project imported = imported(item, ids.get(item), url, date);
            Project curatedEntry = curated.get(item);
            projects.add(curatedEntry == null ? imported
                    : merge(imported, curatedEntry, overlay.statedFields().getOrDefault(curatedEntry.id(), Set.of())));
        }
        projects.sort(Comparator.comparing(Project::id));
        Catalog entries = overlay.entries();
        String asOf = entries.asOf().compareTo(date) > 0 ? entries.asOf() : date;
        String generatedFrom = "Imported by 'cncf-contrib catalog import' from the CNCF landscape " + url + " (" + date
                + "); hand-verified facts from the " + Catalog.FACTS_OF + entries.asOf() + ") win field by field.";
        return new Result(new Catalog(Catalog.SUPPORTED_SCHEMA_VERSION, asOf, generatedFrom, projects, entries.groups()),
                List.copyOf(warnings));
    }

    // --- matching the overlay to the landscape ---------------------------------------------------------------

    /**
     * Each overlay entry finds its landscape item by repository, else by name, else by the id the importer gives
     * the item (the slug of its name); unmatched ones are reported.
     */
    private Map<LandscapeReader.Item, Project> match(List<LandscapeReader.Item> items, List<String> warnings) {
        Map<String, LandscapeReader.Item> byRepository = new HashMap<>();
        Map<String, LandscapeReader.Item> byName = new HashMap<>();
        Map<String, LandscapeReader.Item> bySlug = new HashMap<>();
        for (LandscapeReader.Item item : items) {
            if (item.repository() != null) {
                byRepository.putIfAbsent(repositoryKey(item.repository()), item);
            }
            byName.putIfAbsent(NameIndex.normalize(item.name()), item);
            bySlug.putIfAbsent(slug(item.name()), item);
        }
        Map<LandscapeReader.Item, Project> curated = new LinkedHashMap<>();
        for (Project entry : overlay.entries().projects()) {
            LandscapeReader.Item found = entry.repository() == null ? null : byRepository.get(repositoryKey(entry.repository()));
            if (found == null && entry.name() != null) {
                found = byName.get(NameIndex.normalize(entry.name()));
            }
            if (found == null) {
                found = bySlug.get(entry.id());
            }
            if (found == null) {
                warnings.add("overlay entry '" + entry.id() + "' matches no CNCF project of the landscape; left out");
            } else if (curated.containsKey(found)) {
                warnings.add("overlay entries '" + curated.get(found).id() + "' and '" + entry.id() + "' both match '"
                        + found.name() + "'; '" + entry.id() + "' left out");
            } else {
                curated.put(found, entry);
            }
        }
        return curated;
    }

    static String repositoryKey(String url) {
        String key = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^http://", "https://").replaceFirst("^https://www\\.", "https://");
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key.endsWith(".git") ? key.substring(0, key.length() - 4) : key;
    }

    /**
     * Curated entries keep their ids; the others get a slug of their name. A slug never takes a key a curated
     * entry answers to, and collisions get -2, -3... in file order.
     */
    private static Map<LandscapeReader.Item, String> assignIds(List<LandscapeReader.Item> items, Map<LandscapeReader.Item, Project> curated) {
        Set<String> taken = new HashSet<>();
        for (Project entry : curated.values()) {
            taken.add(entry.id());
            for (String alias : entry.aliases()) {
                taken.add(slug(alias));
            }
        }
        Map<LandscapeReader.Item, String> ids = new HashMap<>();
        for (LandscapeReader.Item item : items) {
            Project entry = curated.get(item);
            if (entry != null) {
                ids.put(item, entry.id());
                continue;
            }
            String base = slug(item.name());
            String id = base;
            for (int n = 2; taken.contains(id); n++) {
                id = base + "-" + n;
            }
            taken.add(id);
            ids.put(item, id);
        }
        return ids;
    }

    /** Lower case, each run of other characters one hyphen: "Open Policy Agent (OPA)" is open-policy-agent-opa. */
    public static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "project" : slug;
    }

    // --- one imported project ----------------------------------------------------------------------------------

    private Project imported(LandscapeReader.Item item, String id, String url, String date) {
        Maturity maturity;
        try {
            maturity = Identified.parse(Maturity.class, item.project());
        } catch (IllegalArgumentException e) {
            throw new CatalogException(url, item.firstLine(), 0, item.name() + ": project: " + e.getMessage());
        }
        String category = item.category() + " / " + item.subcategory();
        Source landscape = new Source(permalink(url, item), date, "CNCF landscape item");
        Map<String, List<Source>> sources = new LinkedHashMap<>();
        sources.put("name", List.of(landscape));
        sources.put("maturity", List.of(landscape));
        sources.put("focus", List.of(new Source(landscape.url(), date, "CNCF landscape subcategory")));
        sources.put("category", List.of(landscape));

        String description = item.description() == null ? null : item.description().replaceAll("\\s+", " ").trim();
        if (description == null || description.isEmpty()) {
            description = "A CNCF " + maturity.id() + " project in the landscape category " + category
                    + ". The landscape gives no description.";
            sources.put("description", List.of(new Source(landscape.url(), date,
                    COMPOSED_DESCRIPTION)));
        } else {
            sources.put("description", List.of(landscape));
        }
        putIf(sources, "homepage", item.homepage() != null, landscape);
        putIf(sources, "repository", item.repository() != null, landscape);
        putIf(sources, "additionalRepositories", !item.additionalRepositories().isEmpty(), landscape);

        List<ChatChannel> chat = chat(item);
        List<MailingList> lists = mailingLists(item);
        putIf(sources, "chat", !chat.isEmpty(), landscape);
        putIf(sources, "mailingLists", !lists.isEmpty(), landscape);
        List<String> licenses = item.license() == null ? List.of() : List.of(item.license());
        putIf(sources, "licenses", !licenses.isEmpty(), landscape);

        // What the landscape cannot say: nobody has read this project's files for its rule yet.
        Legal legal = Legal.unverified(null);
        if (overlay.charterSource() != null) {
            sources.put("legal", List.of(overlay.charterSource()));
        }
        Map<String, String> extra = item.extra();
        String clomonitorName = extra.get("clomonitor_name");
        if (clomonitorName == null || clomonitorName.isBlank() || clomonitorName.equals(id)) {
            clomonitorName = null;
        } else {
            sources.put("clomonitorName", List.of(landscape));
        }
        Dates dates = new Dates(date(extra, "accepted", item, url), date(extra, "incubating", item, url),
                date(extra, "graduated", item, url), date(extra, "archived", item, url));
        putIf(sources, "dates", !dates.isEmpty(), landscape);

        return new Project(id, item.name(), List.of(), maturity, item.subcategory(), category, description,
                item.homepage(), secureGitHub(item.repository()), null, item.additionalRepositories(), null, chat, lists, licenses,
                legal, dates, null, null, clomonitorName, List.of(), List.of(), date,
                java.util.Collections.unmodifiableMap(sources));
    }

    private static void putIf(Map<String, List<Source>> sources, String field, boolean present, Source source) {
        if (present) {
            sources.put(field, List.of(source));
        }
    }

    /** The landscape URL, pointing at the item's lines when it is a file on GitHub. */
    static String permalink(String url, LandscapeReader.Item item) {
        if (url.startsWith("https://github.com/") && url.contains("/blob/") && !url.contains("#") && item.firstLine() > 0) {
            return url + "#L" + item.firstLine() + "-L" + item.lastLine();
        }
        return url;
    }

    /**
     * A milestone date. Landscape dates are quoted strings; an unquoted YAML timestamp may arrive with a time,
     * so only the leading yyyy-mm-dd is kept. Anything else is refused at its item.
     */
    private static String date(Map<String, String> extra, String key, LandscapeReader.Item item, String origin) {
        String value = extra.get(key);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() >= 10 && value.substring(0, 10).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
                && (value.length() == 10 || value.charAt(10) == 'T' || value.charAt(10) == ' ')) {
            return value.substring(0, 10);
        }
        throw new CatalogException(origin, item.firstLine(), 0, item.name() + ": extra." + key + " '" + value
                + "' is not a date written yyyy-mm-dd");
    }

    private static List<ChatChannel> chat(LandscapeReader.Item item) {
        Map<String, String> extra = item.extra();
        List<ChatChannel> chat = new ArrayList<>();
        String slack = webUrl(extra.get("slack_url"));
        String channel = extra.get("chat_channel");
        if (channel != null && channel.isBlank()) {
            channel = null;
        }
        if (slack != null) {
            String host = host(slack);
            ChatPlatform platform = ChatPlatform.SLACK;
            String workspace;
            if (host.equals("slack.cncf.io") || host.equals("cloud-native.slack.com")) {
                workspace = "CNCF Slack";
            } else if (host.equals("slack.k8s.io") || host.equals("kubernetes.slack.com")) {
                workspace = "Kubernetes Slack";
            } else if (host.endsWith("libera.chat")) {
                platform = ChatPlatform.IRC;
                workspace = "irc.libera.chat";
            } else if (host.equals("discord.gg") || host.endsWith("discord.com")) {
                platform = ChatPlatform.DISCORD;
                workspace = null;
            } else if (host.endsWith(".slack.com") && !host.equals("join.slack.com") && !host.equals("app.slack.com")
                    || host.startsWith("slack.")) {
                workspace = host;
            } else {
                workspace = null; // an invitation page (communityinviter, a project site): the workspace is not named
            }
            if (channel == null && platform == ChatPlatform.SLACK) {
                Matcher named = SLACK_CHANNEL.matcher(slack);
                // channel ids (C01D9L7QE8Z) say nothing to a person; names do
                if (named.find() && !named.group(1).matches("[CG][A-Z0-9]{8,}")) {
                    channel = "#" + named.group(1);
                }
            }
            chat.add(new ChatChannel(platform, workspace, channel, slack, null));
        }
        String discord = webUrl(extra.get("discord_url"));
        if (discord != null) {
            chat.add(new ChatChannel(ChatPlatform.DISCORD, null, null, discord, null));
        }
        String gitter = webUrl(extra.get("gitter_url"));
        if (gitter != null) {
            chat.add(new ChatChannel(ChatPlatform.GITTER, null, null, gitter, GITTER_NOTE));
        }
        return List.copyOf(chat);
    }

    private static List<MailingList> mailingLists(LandscapeReader.Item item) {
        List<MailingList> lists = new ArrayList<>();
        String list = webUrl(item.extra().get("mailing_list_url"));
        if (list != null) {
            if (isDiscussions(list)) {
                lists.add(new MailingList("discussions", "GitHub Discussions", null, list, null));
            } else {
                String name = null;
                String address = null;
                Matcher google = GOOGLE_GROUP.matcher(list);
                Matcher groupsIo = GROUPS_IO.matcher(list);
                if (google.find()) {
                    name = google.group(2);
                    address = name + "@" + (google.group(1) != null ? google.group(1) : "googlegroups.com");
                } else if (groupsIo.find()) {
                    name = groupsIo.group(2);
                    address = name + "@" + groupsIo.group(1);
                }
                lists.add(new MailingList("mailing-list", name, address, list, null));
            }
        }
        String discussions = webUrl(item.extra().get("github_discussions_url"));
        if (discussions != null && (list == null || !repositoryKey(list).equals(repositoryKey(discussions)))) {
            lists.add(new MailingList("discussions", "GitHub Discussions", null, discussions, null));
        }
        return List.copyOf(lists);
    }

    /**
     * GitHub serves nothing over plain HTTP but a redirect: a landscape's {@code http://github.com/...} becomes the
     * address a clone's remote has, so that doctor and check recognise the project by its remotes.
     */
    static String secureGitHub(String url) {
        return url != null && url.startsWith("http://github.com/") ? "https://" + url.substring("http://".length()) : url;
    }

    private static boolean isDiscussions(String url) {
        return url.startsWith("https://github.com/") && repositoryKey(url).endsWith("/discussions");
    }

    private static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.trim();
        return (trimmed.startsWith("https://") || trimmed.startsWith("http://")) && trimmed.indexOf(' ') < 0 ? trimmed : null;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    // --- the overlay wins, field by field ----------------------------------------------------------------------

    /**
     * The curated value of each field the overlay states (an empty list included: "none, on purpose"), else the
     * imported one. A field's sources come from the side whose value is kept; the overlay's sources for a field
     * it does not state are added after the imported ones, as supporting sources.
     */
    static Project merge(Project imported, Project curated, Set<String> stated) {
        Map<String, List<Source>> sources = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(FIELD_ORDER);
        for (String field : curated.sources().keySet()) {
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        for (String field : fields) {
            List<Source> chosen = new ArrayList<>();
            List<Source> fromOverlay = curated.sources().getOrDefault(field, List.of());
            if (stated.contains(field) && !fromOverlay.isEmpty()) {
                chosen.addAll(fromOverlay);
            } else if (!stated.contains(field)) {
                chosen.addAll(imported.sources().getOrDefault(field, List.of()));
                chosen.addAll(fromOverlay);
            }
            if (!chosen.isEmpty()) {
                sources.put(field, List.copyOf(chosen));
            }
        }
        return new Project(
                curated.id(),
                pick(stated, "name", curated.name(), imported.name()),
                pick(stated, "aliases", curated.aliases(), imported.aliases()),
                pick(stated, "maturity", curated.maturity(), imported.maturity()),
                pick(stated, "focus", curated.focus(), imported.focus()),
                pick(stated, "category", curated.category(), imported.category()),
                pick(stated, "description", curated.description(), imported.description()),
                pick(stated, "homepage", curated.homepage(), imported.homepage()),
                pick(stated, "repository", curated.repository(), imported.repository()),
                pick(stated, "defaultBranch", curated.defaultBranch(), imported.defaultBranch()),
                pick(stated, "additionalRepositories", curated.additionalRepositories(), imported.additionalRepositories()),
                pick(stated, "contributorGuide", curated.contributorGuide(), imported.contributorGuide()),
                pick(stated, "chat", curated.chat(), imported.chat()),
                pick(stated, "mailingLists", curated.mailingLists(), imported.mailingLists()),
                pick(stated, "licenses", curated.licenses(), imported.licenses()),
                pick(stated, "legal", curated.legal(), imported.legal()),
                pick(stated, "dates", curated.dates(), imported.dates()),
                pick(stated, "successor", curated.successor(), imported.successor()),
                pick(stated, "lastCommit", curated.lastCommit(), imported.lastCommit()),
                pick(stated, "clomonitorName", curated.clomonitorName(), imported.clomonitorName()),
                pick(stated, "notes", curated.notes(), imported.notes()),
                pick(stated, "maintainerNotes", curated.maintainerNotes(), imported.maintainerNotes()),
                pick(stated, "asOf", curated.asOf(), imported.asOf()),
                java.util.Collections.unmodifiableMap(sources));
    }

    private static <T> T pick(Set<String> stated, String field, T curated, T imported) {
        return stated.contains(field) ? curated : imported;
    }
}
