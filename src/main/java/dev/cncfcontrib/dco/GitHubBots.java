package dev.cncfcontrib.dco;

import java.util.List;
import java.util.Locale;

/**
 * Which commit authors the DCO apps skip as bots. dcoapp ({@code author.type === "Bot"}) and dco2
 * ({@code author.is_bot}) ask GitHub for the account it links to the commit's author address and skip accounts of
 * type Bot; the author's display name plays no part. Offline, the address is all there is, so a commit counts as a
 * bot's when its author address is one GitHub gives to a Bot account. An author named {@code x[bot]} with an
 * ordinary address is a person to both apps.
 */
public final class GitHubBots {

    /** GitHub's noreply domain: {@code ID+LOGIN@} (accounts since July 2017) or {@code LOGIN@} (older ones). */
    private static final String NOREPLY = "@users.noreply.github.com";

    /**
     * Bot accounts whose login does not end in {@code [bot]}, each with the evidence that GitHub reports it as a Bot.
     * The noreply address of a GitHub App's bot user needs no entry: only those users have {@code [bot]} logins.
     */
    static final List<Account> BOTS_WITHOUT_BOT_LOGIN = List.of(
            new Account("198982749+copilot", "Copilot",
                    "the Copilot coding agent; issue 13: on 124,894 commits of ten CNCF repositories dcoapp's own "
                            + "lib/dco.js skipped all 68 commits with this author address (GitHub reports the "
                            + "account as type Bot), which a [bot]-name rule failed"));

    /**
     * Addresses of GitHub App bot users as they occur in real history, for the tests and for whoever extends the
     * rule; each is covered by the {@code [bot]} rule of {@link #isBot}.
     */
    static final List<Account> APP_BOT_EXAMPLES = List.of(
            new Account("49699333+dependabot[bot]", "dependabot[bot]",
                    "Dependabot's commits on GitHub; dcoapp/app test/fixtures/merge-queue-bot-squash.json"),
            new Account("41898282+github-actions[bot]", "github-actions[bot]",
                    "commits made with GITHUB_TOKEN; the API answers login github-actions[bot], id 41898282, "
                            + "type Bot (dcoapp/app test/fixtures/merge-queue-bot-squash.json); "
                            + "github.com/orgs/community/discussions/26560"),
            new Account("27856297+dependabot-preview[bot]", "dependabot-preview[bot]",
                    "Dependabot Preview, before Dependabot moved into GitHub; "
                            + "github.com/orgs/community/discussions/26560"));

    /**
     * A Bot account's noreply local part.
     *
     * @param localPart the address before {@code @users.noreply.github.com}, lower-cased
     * @param login     the account's login
     * @param evidence  where it is shown that GitHub links the address to a Bot account
     */
    record Account(String localPart, String login, String evidence) {
    }

    private GitHubBots() {
    }

    /**
     * Whether GitHub links {@code authorEmail} to an account of type Bot: the noreply address of a GitHub App's bot
     * user ({@code ID+SLUG[bot]@users.noreply.github.com}, or without {@code ID+} as older commits have it), or one
     * of {@link #BOTS_WITHOUT_BOT_LOGIN}. Logins and the domain are compared without case, as GitHub does.
     */
    public static boolean isBot(String authorEmail) {
        if (authorEmail.length() <= NOREPLY.length()
                || !authorEmail.regionMatches(true, authorEmail.length() - NOREPLY.length(), NOREPLY, 0, NOREPLY.length())) {
            return false;
        }
        String local = authorEmail.substring(0, authorEmail.length() - NOREPLY.length()).toLowerCase(Locale.ROOT);
        for (Account bot : BOTS_WITHOUT_BOT_LOGIN) {
            if (bot.localPart().equals(local)) {
                return true;
            }
        }
        int plus = local.indexOf('+');
        if (plus >= 0 && !digits(local, 0, plus)) {
            return false;
        }
        String login = local.substring(plus + 1);
        // an App's slug: letters, digits and hyphens; GitHub adds "[bot]", which no person's login can contain
        return login.endsWith("[bot]") && login.length() > "[bot]".length()
                && login.chars().limit(login.length() - "[bot]".length())
                        .allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    }

    private static boolean digits(String text, int start, int end) {
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
