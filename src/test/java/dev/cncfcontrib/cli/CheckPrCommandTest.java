package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.live.FakeAnswers;
import dev.cncfcontrib.live.FakeAnswers.PullCommit;
import dev.cncfcontrib.live.FakeAnswers.Run;
import dev.cncfcontrib.live.FakeAnswers.Status;
import dev.cncfcontrib.net.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check pr} against a loopback server that answers like GitHub's REST API for one pull request. */
class CheckPrCommandTest {

    private static final String HEAD = "3f1c2a9e5b7d4c6a8e0f1a2b3c4d5e6f7a8b9c0d";
    private static final String FIRST = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";
    private static final String TOKEN = "ghp_anotherSecretToken0987654321";
    private static final String SIGN = "https://api.easycla.lfx.linuxfoundation.org/v2/repository-provider/github/sign/1/2/3/#/";

    @TempDir
    Path home;

    private MockWebServer github;
    /** Answers by path, without the query. */
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        github = new MockWebServer();
        github.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                String path = request.getTarget().replaceFirst("\\?.*", "");
                return answers.getOrDefault(path, new MockResponse.Builder().code(404)
                        .body("{\"message\": \"Not Found\", \"documentation_url\": \"https://docs.github.com/rest\"}").build());
            }
        });
        github.start();
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    private CliRun cli() {
        String base = github.url("/").toString();
        return new CliRun(home).env("CNCF_CONTRIB_GITHUB_API_URL", base.substring(0, base.length() - 1))
                .with(context -> context.clock(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC))
                        .network(Network.system().withDownloadTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4))));
    }

    /** A pull request of kubernetes/kubectl with two commits, the newest not signed off. */
    private void pullRequest(MockResponse checkRuns, MockResponse statuses, PullCommit... commits) {
        answers.put("/repos/kubernetes/kubectl/pulls/42", FakeAnswers.pullRequest("kubernetes/kubectl", 42, HEAD, "Add the retry option"));
        answers.put("/repos/kubernetes/kubectl/pulls/42/commits", FakeAnswers.commits(commits));
        answers.put("/repos/kubernetes/kubectl/commits/" + HEAD + "/check-runs", checkRuns);
        answers.put("/repos/kubernetes/kubectl/commits/" + HEAD + "/status", statuses);
    }

    private static PullCommit signed(String sha, String subject) {
        return new PullCommit(sha, "Jane Doe", "jane@example.org", subject + "\n\nSigned-off-by: Jane Doe <jane@example.org>\n", "jdoe");
    }

    private static PullCommit unsigned(String sha, String subject) {
        return new PullCommit(sha, "Jane Doe", "jane@example.org", subject + "\n", "jdoe");
    }

    @Test
    void aFailingDcoCheckAndAFailingEasyClaStatusAreExplainedWithWhatToDo() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "failure", "DCO"),
                        new Run(12, "unit tests", "github-actions", "completed", "success", "Tests passed")),
                FakeAnswers.statuses(new Status("EasyCLA", "failure", "Not all contributors have signed the CLA", SIGN)),
                signed(FIRST, "Add the option"), unsigned(HEAD, "Use the option"));

        Result result = cli().run("check", "pr", "https://github.com/kubernetes/kubectl/pull/42");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out())
                .contains("Pull request kubernetes/kubectl#42: Add the retry option (open, by jdoe)")
                .contains("✗ DCO (check run): failed")
                .contains("1 of 2 commits are not signed off as the DCO GitHub App (dcoapp/app) requires")
                .contains("3f1c2a9e5b7d  Use the option").contains("- no Signed-off-by line")
                .contains("only the newest commit fails").contains("git commit --amend --signoff --no-edit")
                .contains("git push --force-with-lease")
                .contains("I, Jane Doe <jane@example.org>, hereby add my Signed-off-by to this commit: " + HEAD)
                .contains("✗ EasyCLA (commit status): failed: Not all contributors have signed the CLA")
                .contains("Sign the CLA here (the link the check gives): " + SIGN)
                .contains("The commits of this pull request use: jane@example.org")
                .contains("linked to your GitHub account").contains("comment /easycla")
                .contains("Other checks (tests, linters): 1 passed, 0 failed, 0 pending.")
                .contains("✗ 2 of 2 legal checks fail.")
                .doesNotContain("signed-off commit (git commit --allow-empty --signoff -F FILE) whose message has these lines:\n    I, Jane Doe <jane@example.org>, hereby add my Signed-off-by to this commit: " + FIRST);
    }

    @Test
    void severalUnsignedCommitsAreSignedOffByARebaseOfThePullRequestsCommits() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "failure", "DCO")), FakeAnswers.statuses(),
                unsigned(FIRST, "Add the option"), unsigned(HEAD, "Use the option"));

        Result result = cli().run("check", "pr", "kubernetes/kubectl#42");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("2 of 2 commits are not signed off").contains("git rebase --signoff HEAD~2")
                .contains("git push --force-with-lease");
    }

    @Test
    void aClaCheckOnCommitsLinkedToNoAccountSaysToLinkTheAddress() {
        pullRequest(FakeAnswers.checkRuns(),
                FakeAnswers.statuses(new Status("cla/linuxfoundation", "failure", "Missing ID on commit", SIGN)),
                new PullCommit(HEAD, "Jane Doe", "jane@laptop.local", "Change\n", null));

        Result result = cli().run("check", "pr", "kubernetes/kubectl#42");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("GitHub links jane@laptop.local to no account: add the address at https://github.com/settings/emails");
    }

    @Test
    void passingChecksExit0() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "success", "DCO")),
                FakeAnswers.statuses(new Status("EasyCLA", "success", "All contributors have signed the CLA", SIGN)),
                signed(HEAD, "Add the option"));

        Result result = cli().run("check", "pr", "kubernetes/kubectl#42");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("✓ DCO (check run): passed").contains("✓ all 2 legal checks pass.");
    }

    @Test
    void aCheckStillRunningIsNotAPass() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "in_progress", null, "DCO")), FakeAnswers.statuses(),
                signed(HEAD, "Add the option"));

        Result result = cli().run("check", "pr", "kubernetes/kubectl#42");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("… DCO (check run): not finished").contains("still running: run this again in a minute");
    }

    @Test
    void aReRunReplacesTheFailedRun() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "failure", "DCO"),
                        new Run(15, "DCO", "dco", "completed", "success", "DCO")),
                FakeAnswers.statuses(new Status("EasyCLA", "success", "signed", SIGN)), signed(HEAD, "Add the option"));

        assertThat(cli().run("check", "pr", "kubernetes/kubectl#42").exitCode()).isZero();
    }

    @Test
    void whatTheCatalogExpectsButDidNotRunIsNoted() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "success", "DCO")), FakeAnswers.statuses(),
                signed(HEAD, "Add the option"));

        Result result = cli().run("check", "pr", "kubernetes/kubectl#42");

        assertThat(result.out()).contains("Kubernetes asks for the CNCF CLA (checked by LF EasyCLA), but no CLA check reported");
    }

    @Test
    void jsonListsEachCheckAndTheFix() throws Exception {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "failure", "DCO")),
                FakeAnswers.statuses(new Status("EasyCLA", "failure", "Not signed", SIGN)), unsigned(HEAD, "Use the option"));

        Result result = cli().run("check", "pr", "kubernetes/kubectl#42", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("passed").asBoolean()).isFalse();
        assertThat(json.get("checks")).hasSize(2);
        assertThat(json.get("checks").get(0).get("state").asText()).isEqualTo("fail");
        assertThat(json.get("dco").get("fix").get(0).asText()).isEqualTo("git commit --amend --signoff --no-edit");
        assertThat(json.get("cla").get("signingUrl").asText()).isEqualTo(SIGN);
    }

    @Test
    void theTokenGoesWithEveryRequestAndIsNeverPrinted() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "success", "DCO")), FakeAnswers.statuses(),
                signed(HEAD, "Add the option"));

        Result result = cli().env("GITHUB_TOKEN", TOKEN).run("check", "pr", "kubernetes/kubectl#42", "--verbose");

        assertThat(requests).hasSize(4).allSatisfy(request ->
                assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN));
        assertThat(result.out() + result.err()).doesNotContain(TOKEN);
    }

    @Test
    void anUnknownPullRequestExits4AndMentionsATokenForPrivateOnes() {
        Result result = cli().run("check", "pr", "kubernetes/kubectl#9999");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("GitHub has no pull request kubernetes/kubectl#9999 (or it is in a private repository: set GH_TOKEN)");
    }

    @Test
    void withoutArgumentTheRecordedPullRequestIsChecked() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "success", "DCO")), FakeAnswers.statuses(),
                signed(HEAD, "Add the option"));
        CliRun cli = cli();
        assertThat(cli.run("check", "pr").exitCode()).isEqualTo(2);

        Result recorded = cli.run("plan", "kubernetes", "--pr", "https://github.com/kubernetes/kubectl/pull/42");
        assertThat(recorded.exitCode()).as(recorded.toString()).isZero();
        assertThat(recorded.out()).contains("Pull request: https://github.com/kubernetes/kubectl/pull/42");
        Result result = cli.run("check", "pr");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(requests.get(0).getTarget()).isEqualTo("/repos/kubernetes/kubectl/pulls/42");
        assertThat(cli.run("status").out()).contains("Pull request: https://github.com/kubernetes/kubectl/pull/42");
    }

    @Test
    void notAPullRequestIsAUsageError() {
        Result result = cli().run("check", "pr", "https://github.com/kubernetes/kubectl/issues/42");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is not a pull request");
        assertThat(requests).isEmpty();
    }

    @Test
    void withoutNetworkTheLastAnswersAreShownWithTheirAge() {
        pullRequest(FakeAnswers.checkRuns(new Run(11, "DCO", "dco", "completed", "success", "DCO")), FakeAnswers.statuses(),
                signed(HEAD, "Add the option"));
        assertThat(cli().run("check", "pr", "kubernetes/kubectl#42").exitCode()).isZero();
        github.close();

        Result result = cli().run("check", "pr", "kubernetes/kubectl#42");
        Result nothing = cli().run("check", "pr", "kubernetes/kubectl#43");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("note: showing answers cached 0 s ago");
        assertThat(nothing.exitCode()).isEqualTo(5);
    }
}
