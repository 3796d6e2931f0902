package dev.cncfcontrib.dco;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The apps skip the accounts GitHub calls Bot; offline, the author address is what tells them. */
class GitHubBotsTest {

    @Test
    void everyAddressOfTheEvidenceTableIsABot() {
        for (GitHubBots.Account account : GitHubBots.APP_BOT_EXAMPLES) {
            assertThat(GitHubBots.isBot(account.localPart() + "@users.noreply.github.com")).as(account.login()).isTrue();
        }
        for (GitHubBots.Account account : GitHubBots.BOTS_WITHOUT_BOT_LOGIN) {
            assertThat(GitHubBots.isBot(account.localPart() + "@users.noreply.github.com")).as(account.login()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"49699333+dependabot[bot]@users.noreply.github.com", "renovate[bot]@users.noreply.github.com",
        "29139614+Renovate[Bot]@Users.NoReply.GitHub.com", "198982749+Copilot@users.noreply.github.com"})
    void appAndCopilotAddressesAreBots(String address) {
        assertThat(GitHubBots.isBot(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x[bot]@example.org", "12345+jdoe@users.noreply.github.com", "jdoe@users.noreply.github.com",
        "abc+dependabot[bot]@users.noreply.github.com", "[bot]@users.noreply.github.com", "dependabot[bot]@github.com",
        "1+copilot@users.noreply.github.com", "@users.noreply.github.com", "", "noreply@github.com"})
    void personsAndLookAlikesAreNot(String address) {
        assertThat(GitHubBots.isBot(address)).isFalse();
    }
}
