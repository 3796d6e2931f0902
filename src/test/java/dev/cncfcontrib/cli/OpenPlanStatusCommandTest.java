package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.browse.UrlOpener;
import dev.cncfcontrib.onboarding.GitConfig;
import dev.cncfcontrib.onboarding.GitIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** open, plan and status: what reaches the browser, the Markdown a mentor gets, the saved checklists. */
class OpenPlanStatusCommandTest {

    @TempDir
    Path home;

    private final List<String> opened = new ArrayList<>();
    private CliRun cli;
    private String catalog;

    @BeforeEach
    void setUp() {
        catalog = Fixtures.file(home, "catalog-wizard.json").toString();
        cli = new CliRun(home).env("CNCF_CONTRIB_CATALOG", catalog).with(context -> context
                .gitConfig(Map.of("user.name", "Ada", "user.email", "ada@example.org")::get)
                .urlOpener(url -> opened.add(url)));
    }

    @Test
    void openHandsTheLinkToTheBrowser() {
        Result result = cli.run("open", "k8s", "chat");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(opened).containsExactly("https://slack.k8s.io/");
        assertThat(result.err()).contains("Opened https://slack.k8s.io/");
    }

    @Test
    void withoutABrowserOpenPrintsTheLink() {
        cli.with(context -> context.urlOpener(url -> false));

        Result result = cli.run("open", "kubernetes");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("https://github.com/kubernetes/community/tree/master/contributors/guide\n");
    }

    @Test
    void openNeverSeesLinksThatAreNotWebLinks() throws Exception {
        String json = Fixtures.text("catalog-wizard.json").replace("\"url\": \"https://slack.k8s.io/\"", "\"url\": \"file:///etc/passwd\"");
        Path hostile = Fixtures.write(home, "hostile.json", json);

        Result result = cli.run("open", "--catalog", hostile.toString(), "kubernetes", "chat");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("must be an http or https URL"); // the catalog reader rejects it first
        assertThat(opened).isEmpty();
    }

    @Test
    void openWithoutSuchALinkSaysSo() {
        Result result = cli.run("open", "opa", "list");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("Open Policy Agent (OPA) has no list link in the catalog");
    }

    @Test
    void browserCommandTakesTheUrlAsOneArgument() {
        String url = "https://example.org/a b;rm -rf ~";
        assertThat(UrlOpener.command(Map.of("BROWSER", "firefox:chromium"), "Linux", url)).containsExactly("firefox", url);
        assertThat(UrlOpener.command(Map.of("DISPLAY", ":0"), "Linux", url)).containsExactly("xdg-open", url);
        assertThat(UrlOpener.command(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", url)).containsExactly("xdg-open", url);
        assertThat(UrlOpener.command(Map.of(), "Mac OS X", url)).containsExactly("open", url);
        assertThat(UrlOpener.command(Map.of(), "Linux", url)).isEmpty();
        assertThat(UrlOpener.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(UrlOpener.isWebLink("HTTPS://example.org/")).isTrue();
    }

    @Test
    void planAsMarkdownTicksTheStepsDoneAndIsWrittenToAFile() throws Exception {
        assertThat(cli.run("wizard", "--project", "nats", "--yes").exitCode()).isZero();
        Path file = home.resolve("nats-plan.md");

        Result result = cli.run("plan", "nats", "-o", "markdown", "--output-file", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String markdown = Files.readString(file);
        assertThat(markdown).startsWith("# Plan for contributing to NATS\n")
                .contains("- [ ] **Sign off your commits (DCO)** (later)")
                .contains("  git commit -s -m \"Describe the change\"")
                .contains("[CLOTributor](https://clotributor.dev/search?project=nats)")
                .contains("gh search issues --owner nats-io --label \"good first issue\" --state open --no-assignee");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void planAsTextGoesToStdout() {
        Result result = cli.run("plan", "kubernetes");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Plan for contributing to Kubernetes").contains("[ ] Sign the CNCF CLA");
    }

    @Test
    void statusListsEveryProjectsChecklist() {
        cli.run("wizard", "--project", "nats", "--yes");
        cli.run("wizard", "--project", "kubernetes", "--yes");

        Result result = cli.run("status");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("NATS (nats): 0 of 5 done, 5 for later")
                .contains("Kubernetes (kubernetes) *: 0 of 6 done, 6 for later")
                .contains("  [>] Subscribe to the mailing list or forum (later)");
    }

    @Test
    void statusWithoutProgressSaysHowToStart() {
        Result result = cli.run("status");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("cncf-contrib wizard");
    }

    /** The real process, against a git configuration in a temporary home. */
    @Test
    void gitIdentityIsReadFromGitConfig() throws Exception {
        Files.writeString(home.resolve(".gitconfig"), "[user]\n\tname = Grace Hopper\n\temail = grace@example.org\n");
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "GIT_CONFIG_NOSYSTEM", "1");

        GitIdentity identity = GitIdentity.read(GitConfig.process(env, home.toFile()));

        if (identity.problem() != null && identity.problem().contains("not installed")) {
            return; // no git on this machine: the wizard says so, which the scripted tests cover
        }
        assertThat(identity.signOffLine()).isEqualTo("Signed-off-by: Grace Hopper <grace@example.org>");
        Files.writeString(home.resolve(".gitconfig"), "");
        assertThat(GitIdentity.read(GitConfig.process(env, home.toFile())).complete()).isFalse();
    }

    @Test
    void theIssueAndPullRequestRecordedInThePlanAreShownAndOpened() throws Exception {
        Result noPullRequest = cli.run("open", "nats", "pr");
        assertThat(noPullRequest.exitCode()).isEqualTo(4);
        assertThat(noPullRequest.err()).contains("no pull request is recorded for NATS").contains("plan nats --pr URL");
        assertThat(cli.run("open", "nats", "issue").exitCode()).isZero();
        assertThat(opened).containsExactly("https://clotributor.dev/search?project=nats");

        Result recorded = cli.run("plan", "nats", "--issue", "nats-io/nats.go#12", "-o", "markdown");
        assertThat(recorded.exitCode()).as(recorded.toString()).isZero();
        assertThat(recorded.out()).contains("Issue: [https://github.com/nats-io/nats.go/issues/12](https://github.com/nats-io/nats.go/issues/12)");
        Result pullRequest = cli.run("status", "--pr", "https://github.com/nats-io/nats.go/pull/34/files");
        assertThat(pullRequest.exitCode()).as(pullRequest.toString()).isZero();

        assertThat(pullRequest.out()).contains("NATS (nats) *").contains("Issue: https://github.com/nats-io/nats.go/issues/12")
                .contains("Pull request: https://github.com/nats-io/nats.go/pull/34");
        assertThat(cli.run("open", "nats", "pr").exitCode()).isZero();
        assertThat(cli.run("open", "nats", "issue").exitCode()).isZero();
        assertThat(opened).endsWith("https://github.com/nats-io/nats.go/pull/34", "https://github.com/nats-io/nats.go/issues/12");
        String saved = Files.readString(home.resolve("state/cncf-contrib/progress.json"));
        assertThat(saved).contains("\"issue\" : {").contains("\"pullRequest\" : {");
        // the steps recorded before stay as they were
        assertThat(cli.run("wizard", "--project", "nats", "--yes").exitCode()).isZero();
        assertThat(cli.run("status").out()).contains("Pull request: https://github.com/nats-io/nats.go/pull/34");
    }

    @Test
    void onlyIssueUrlsAndPullRequestsAreRecorded() {
        Result notAUrl = cli.run("plan", "nats", "--issue", "javascript:alert(1)");
        Result notAPullRequest = cli.run("plan", "nats", "--pr", "https://github.com/nats-io/nats.go/issues/3");
        Result nothingCurrent = cli.run("status", "--issue", "https://github.com/nats-io/nats.go/issues/3");

        assertThat(notAUrl.exitCode()).isEqualTo(2);
        assertThat(notAUrl.err()).contains("--issue needs the issue's URL");
        assertThat(notAPullRequest.exitCode()).isEqualTo(2);
        assertThat(notAPullRequest.err()).contains("--pr needs a GitHub pull request");
        assertThat(nothingCurrent.exitCode()).isEqualTo(2);
        assertThat(nothingCurrent.err()).contains("no current project");
        assertThat(home.resolve("state/cncf-contrib/progress.json")).doesNotExist();
    }
}
