package dev.cncfcontrib.onboarding;

import static dev.cncfcontrib.live.FakeAnswers.ClotributorIssue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.live.FakeAnswers;
import dev.cncfcontrib.net.Network;
import dev.cncfcontrib.prompt.OptionFilter;
import dev.cncfcontrib.prompt.ScriptedPrompter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wizard with open issues from a loopback server that answers like CLOTributor: projects ranked by how ready
 * they are for a newcomer now, every match choosable, and the issue chosen kept in the plan.
 */
class WizardLiveIssuesTest {

    @TempDir
    Path home;

    private MockWebServer clotributor;
    private ScriptedPrompter prompter;
    private final List<ClotributorIssue> goodFirst = new ArrayList<>();
    private final List<ClotributorIssue> mentored = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        clotributor = new MockWebServer();
        clotributor.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getTarget();
                if (target.contains("good_first_issue=true")) {
                    return FakeAnswers.clotributor(goodFirst);
                }
                if (target.contains("mentor_available=true")) {
                    return FakeAnswers.clotributor(mentored);
                }
                return FakeAnswers.clotributor(List.of());
            }
        });
        clotributor.start();
        prompter = new ScriptedPrompter();
    }

    @AfterEach
    void tearDown() {
        clotributor.close();
        prompter.assertAllConsumed();
    }

    private CliRun cli() {
        String base = clotributor.url("/").toString();
        Map<String, String> gitConfig = Map.of("user.name", "Ada Lovelace", "user.email", "ada@example.org");
        return new CliRun(home).terminal(400, false)
                .env("CNCF_CONTRIB_CLOTRIBUTOR_URL", base.substring(0, base.length() - 1))
                .with(context -> context.prompter(prompter).gitConfig(gitConfig::get)
                        .clock(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC))
                        .network(Network.system().withDownloadTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4))));
    }

    private static ClotributorIssue issue(String project, long number, String language) {
        return ClotributorIssue.of(project, "https://github.com/example/" + project, number, "Improve " + project + " #" + number)
                .languages(language);
    }

    @ParameterizedTest
    @CsvSource({"Rust, Silent (silent)", "Go, containerd (containerd)"})
    void projectsWithOpenGoodFirstIssuesInTheChosenLanguageComeFirst(String language, String first) {
        goodFirst.addAll(List.of(issue("silent", 11, "Rust"), issue("silent", 12, "Rust"), issue("containerd", 21, "Go"),
                issue("containerd", 22, "Go"), issue("containerd", 23, "Go"), issue("containerd", 24, "Go")));
        mentored.add(issue("torn", 31, "Go").notGoodFirst().mentor());
        prompter.expectSelectMany("Which areas interest you?", "Container Runtime")
                .expectSelectOne("Which programming language", language)
                .expectSelectOne("Which maturity", "any")
                .expectConfirm("Can you sign a Contributor License Agreement", true)
                .expectSelectOne("Where do you prefer to chat?", "no preference")
                .cancelAt("Which project do you want to start with?");

        Result result = cli().run("wizard", "--catalog", Fixtures.file(home, "catalog-wizard.json").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(130);
        List<String> options = prompter.options("Which project do you want to start with?");
        assertThat(options.get(0)).startsWith(first);
        assertThat(options).hasSize(3);
        String seen = String.join("\n", prompter.asked());
        if (language.equals("Rust")) {
            assertThat(options).containsExactly("Silent (silent), 2 good first issues", "containerd (containerd), 4 good first issues",
                    "Torn (torn)");
            assertThat(seen).contains("Silent (silent, sandbox): 2 open good first issues in Rust")
                    .contains("containerd (containerd, graduated): 4 open good first issues (none in Rust)")
                    .contains("Torn (torn, sandbox): 1 issue with a mentor available");
        } else {
            assertThat(options).containsExactly("containerd (containerd), 4 good first issues", "Silent (silent), 2 good first issues",
                    "Torn (torn)");
        }
    }

    @Test
    void withoutOpenIssuesTheRankingSaysSoAndStillRanks() {
        clotributor.close();
        prompter.expectSelectMany("Which areas interest you?", "Container Runtime")
                .expectSelectOne("Which programming language", "Rust")
                .expectSelectOne("Which maturity", "any")
                .expectConfirm("Can you sign a Contributor License Agreement", true)
                .expectSelectOne("Where do you prefer to chat?", "no preference")
                .cancelAt("Which project do you want to start with?");

        Result result = cli().run("wizard", "--catalog", Fixtures.file(home, "catalog-wizard.json").toString());

        assertThat(result.exitCode()).isEqualTo(130);
        assertThat(String.join("\n", prompter.asked())).contains("Open issues are not known right now (cannot reach localhost");
        assertThat(prompter.options("Which project")).containsExactly("containerd (containerd)", "Silent (silent)", "Torn (torn)");
    }

    @Test
    void theIssueChosenInTheFirstIssueStepIsKeptInThePlan() throws Exception {
        goodFirst.addAll(List.of(issue("silent", 11, "Rust"), issue("silent", 12, "Rust")));
        prompter.expectSelectMany("Which areas interest you?", "Container Runtime")
                .expectSelectOne("Which programming language", "Rust")
                .expectSelectOne("Which maturity", "any")
                .expectConfirm("Can you sign a Contributor License Agreement", true)
                .expectSelectOne("Where do you prefer to chat?", "no preference")
                .expectSelectOne("Which project do you want to start with?", "Silent")
                .expectSelectOne("Read the contributor guide", "done")
                .expectSelectOne("Find out what the project asks for", "later")
                .expectSelectOne("Join the chat", "done")
                .expectSelectOne("Find a first issue: pick one to work on", "#12 Improve silent #12")
                .expectSelectOne("Look at mentoring", "done");
        CliRun cli = cli();

        Result result = cli.run("wizard", "--catalog", Fixtures.file(home, "catalog-wizard.json").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(String.join("\n", prompter.asked())).contains("#11 Improve silent #11 (example/silent): https://github.com/example/silent/issues/11");
        assertThat(prompter.options("Find a first issue")).containsExactly("#11 Improve silent #11 (example/silent)",
                "#12 Improve silent #12 (example/silent)", "done", "skip", "later");
        assertThat(result.out()).contains("Working on https://github.com/example/silent/issues/12");
        JsonNode saved = new ObjectMapper().readTree(home.resolve("state/cncf-contrib/progress.json").toFile()).get("projects").get(0);
        assertThat(saved.get("issue").get("url").asText()).isEqualTo("https://github.com/example/silent/issues/12");
        assertThat(saved.get("issue").get("title").asText()).isEqualTo("Improve silent #12");
        Result status = cli.run("status", "--catalog", home.resolve("catalog-wizard.json").toString());
        assertThat(status.out()).contains("Issue: https://github.com/example/silent/issues/12 (Improve silent #12)");
    }

    @Test
    void aProjectBeyondTheFirstScreenIsFoundByTypingPartOfItsName() throws Exception {
        clotributor.close();
        prompter.expectSelectMany("Which areas interest you?")
                .expectSelectOne("Which programming language", "any")
                .expectSelectOne("Which maturity", "any")
                .expectConfirm("Can you sign a Contributor License Agreement", true)
                .expectSelectOne("Where do you prefer to chat?", "no preference")
                .expectFiltered("Which project do you want to start with?", "flui", "Fluid (fluid)")
                .cancelAt("Read the contributor guide");

        Result result = cli().run("wizard");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(130);
        List<String> options = prompter.options("Which project do you want to start with?");
        assertThat(options.size()).isGreaterThan(200);
        assertThat(options.indexOf("Fluid (fluid)")).isGreaterThanOrEqualTo(OptionFilter.SCREEN);
        assertThat(prompter.firstScreenAfterTyping("Which project")).containsExactly("Fluid (fluid)");
        String progress = Files.readString(home.resolve("state/cncf-contrib/progress.json"));
        assertThat(progress).contains("\"current\" : \"fluid\"");
    }

    @Test
    void theAccessibleWizardTakesATypedFilterThenANumber() throws Exception {
        clotributor.close();
        // areas: none; language, maturity, CLA, chat: the defaults; the project: a filter, then its number
        CliRun cli = new CliRun(home).stdin("\n\n\n\n\nflu\n3\n").with(context -> context.gitConfig(key -> null)
                .clock(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC)));

        Result result = cli.run("wizard", "--accessible");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(130);
        assertThat(result.out()).contains("Type part of a name to narrow them").contains("3 match 'flu'")
                .contains("  1. Fluentd (fluentd)").contains("  3. Fluid (fluid)");
        assertThat(Files.readString(home.resolve("state/cncf-contrib/progress.json"))).contains("\"current\" : \"fluid\"");
    }
}
