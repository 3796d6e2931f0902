package dev.cncfcontrib.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.prompt.ScriptedPrompter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wizard driven through scripted answers: every branch, and what it leaves in progress.json. */
class WizardCommandTest {

    @TempDir
    Path home;

    private ScriptedPrompter prompter;
    private CliRun cli;
    private String catalog;
    private Path progressFile;

    @BeforeEach
    void setUp() {
        catalog = Fixtures.file(home, "catalog-wizard.json").toString();
        prompter = new ScriptedPrompter();
        Map<String, String> gitConfig = Map.of("user.name", "Ada Lovelace", "user.email", "ada@example.org");
        cli = new CliRun(home).terminal(400, false).with(context -> context
                .prompter(prompter)
                .gitConfig(gitConfig::get)
                .clock(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC)));
        progressFile = home.resolve("state/cncf-contrib/progress.json");
    }

    @AfterEach
    void everyScriptedQuestionWasAsked() {
        prompter.assertAllConsumed();
    }

    private Result wizard(String... args) {
        List<String> all = new ArrayList<>(List.of("wizard", "--catalog", catalog));
        all.addAll(List.of(args));
        return cli.run(all.toArray(new String[0]));
    }

    private ScriptedPrompter answerQuestions(String focus, String maturity, boolean cla, String chat) {
        return prompter.expectSelectMany("Which areas interest you?", focus.isEmpty() ? new String[0] : focus.split(","))
                .expectSelectOne("Which programming language", "any")
                .expectSelectOne("Which maturity", maturity)
                .expectConfirm("Can you sign a Contributor License Agreement", cla)
                .expectSelectOne("Where do you prefer to chat?", chat);
    }

    /** What the person saw: the questions (with the text shown above them) and the output. */
    private String seen(Result result) {
        return String.join("\n", prompter.asked()) + "\n" + result.out();
    }

    private JsonNode progress() throws Exception {
        return new ObjectMapper().readTree(progressFile.toFile());
    }

    private static List<String> statuses(JsonNode project) {
        List<String> statuses = new ArrayList<>();
        project.get("steps").forEach(step -> statuses.add(step.get("id").asText() + "=" + step.get("status").asText()));
        return statuses;
    }

    @Test
    void dcoProjectIsRankedWithReasonsAndItsChecklistIsSaved() throws Exception {
        answerQuestions("Messaging", "any", true, "Slack")
                .expectSelectOne("Which project do you want to start with?", "NATS (nats)")
                .expectSelectOne("Read the contributor guide", "done")
                .expectSelectOne("Sign off your commits (DCO)", "done")
                .expectSelectOne("Join the chat", "later")
                .expectSelectOne("Find a first issue", "skip")
                .expectSelectOne("Look at mentoring programmes", "done");

        Result result = wizard();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(seen(result))
                .contains("NATS (nats, incubating): works on Messaging; DCO sign-off only: no agreement to sign; chats on Slack, which you use")
                .contains("Signed-off-by: Ada Lovelace <ada@example.org>")
                .contains("$ git commit -s")
                .contains("Developer Certificate of Origin 1.1")
                .contains("https://clotributor.dev/search?project=nats")
                .contains("$ gh search issues --owner nats-io --label \"good first issue\" --state open --no-assignee")
                .contains("$ cncf-contrib issues nats")
                .contains("LFX Mentorship")
                .contains("3 of 5 steps done, 1 for later");
        JsonNode saved = progress();
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("current").asText()).isEqualTo("nats");
        assertThat(statuses(saved.get("projects").get(0)))
                .containsExactly("guide=done", "legal=done", "chat=later", "first-issue=skipped", "community=done");
        assertThat(saved.get("projects").get(0).get("steps").get(0).get("at").asText()).isEqualTo("2026-11-21T10:00:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kubernetes | Sign the CNCF CLA   | EasyCLA",
        "googly     | Sign the Google CLA | The project asks you to sign the Google CLA",
        "vmwary     | Sign the VMware CLA | The project asks you to sign the VMware CLA",
        "othery     | Sign the Othery CLA | signing: https://othery.example/cla",
    })
    void eachClaKindExplainsItsSigningFlowAndTheCommitEmail(String project, String legalTitle, String flow) throws Exception {
        prompter.expectSelectOne("Read the contributor guide", "done").expectSelectOne(legalTitle, "later");
        if (project.equals("kubernetes")) {
            prompter.expectSelectOne("Join the chat", "done").expectSelectOne("Subscribe to the mailing list", "done");
        } else {
            prompter.expectSelectOne("Join the chat", "done");
        }
        prompter.expectSelectOne("Find a first issue", "done").expectSelectOne("Look at mentoring", "skip");

        Result result = wizard("--project", project);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(seen(result)).contains(flow)
                .contains("must be the email linked to your signed CLA")
                .contains("Your commits currently use ada@example.org")
                .doesNotContain("git commit -s");
        assertThat(statuses(progress().get("projects").get(0))).contains("legal=later");
    }

    @Test
    void theLegalStepShowsWhatTheDoctorFindsOnThisMachine() throws Exception {
        // the doctor runs the real git, whose global configuration is the test's own home
        java.nio.file.Files.writeString(home.resolve(".gitconfig"),
                "[user]\n\tname = jdoe\n\temail = 12345+jdoe@users.noreply.github.com\n");
        prompter.expectSelectOne("Read the contributor guide", "done").expectSelectOne("Sign the CNCF CLA", "later")
                .expectSelectOne("Join the chat", "done").expectSelectOne("Subscribe to the mailing list", "done")
                .expectSelectOne("Find a first issue", "done").expectSelectOne("Look at mentoring", "skip");

        Result result = wizard("--project", "kubernetes");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(seen(result))
                .contains("Checked on this machine (warning): '12345+jdoe@users.noreply.github.com' is a GitHub noreply address")
                // the warning names the project's own document that says so
                .contains("as Kubernetes's own document says: https://github.com/kubernetes/community/blob/24e7d8f/CLA.md")
                // a CLA project's bots do not read names: no DCO real-name guideline
                .doesNotContain("'jdoe' does not look like a person's name", "DCO guideline")
                .contains("cncf-contrib doctor --project kubernetes");
    }

    @Test
    void insideACloneTheLegalStepShowsWhatItsFilesSayAndCommandsUseItsDefaultBranch() throws Exception {
        dev.cncfcontrib.Hosted hosted = new dev.cncfcontrib.Hosted(home);
        String upstream = hosted.repository("mastery-org/mastery", "master");
        dev.cncfcontrib.GitRepo clone = hosted.clone(hosted.fork("mastery-org/mastery", "ada"), "work");
        clone.git("remote", "add", "upstream", upstream);
        clone.git("fetch", "-q", "upstream");
        Files.writeString(clone.dir().resolve("CONTRIBUTING.md"), "Every commit needs a DCO sign-off (git commit -s).\n");
        prompter.expectSelectOne("Read the contributor guide", "done").expectSelectOne("Sign off your commits", "done")
                .expectSelectOne("Find a first issue", "done");

        Result result = dev.cncfcontrib.GitRepo.cli(home).terminal(400, false)
                .with(context -> context.prompter(prompter).workingDirectory(clone.dir()))
                .run("wizard", "--catalog", Fixtures.file(home, "catalog-legal.json").toString(), "--project", "mastery");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(seen(result))
                .contains("In this clone (ok): the catalog says a DCO sign-off, read in Mastery's own files; this clone's "
                        + "files agree (CONTRIBUTING.md:1).")
                .contains("$ git rebase --signoff upstream/master")
                .contains("$ git push --force-with-lease");
    }

    @Test
    void archivedProjectsAppearOnlyAsPointersToTheirSuccessor() {
        answerQuestions("Container Runtime", "any", true, "no preference")
                .expectSelectOne("Which project do you want to start with?", "containerd (containerd)")
                .cancelAt("Read the contributor guide");

        Result result = wizard();

        assertThat(seen(result)).contains("rkt is archived: see its successor containerd (cncf-contrib show containerd).")
                .doesNotContain("rkt (rkt");
        assertThat(result.exitCode()).isEqualTo(130);
    }

    @Test
    void anArchivedProjectCannotBeChosenByName() {
        Result result = wizard("--project", "rkt");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("rkt is archived").contains("cncf-contrib wizard --project containerd");
    }

    @Test
    void noMatchSaysSoAndSavesNothing() {
        answerQuestions("Scheduling & Orchestration,Networking", "any", false, "no preference");

        Result result = wizard();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(seen(result)).contains("No active project matches all your answers");
        assertThat(progressFile).doesNotExist();
    }

    @Test
    void theBundledCatalogOffersEachLandscapeAreaOnceWithItsProjectCount() {
        java.util.List<Recommender.FocusArea> areas = Recommender.focusAreas(new CatalogLoader().bundled().projects());
        java.util.List<String> names = areas.stream().map(Recommender.FocusArea::name).toList();

        // the seed guide's own labels (Monitoring, Logging, Distributed Tracing) fold into the landscape's area
        assertThat(names).contains("Observability", "Security & Compliance", "Service Mesh")
                .doesNotContain("Monitoring", "Logging", "Distributed Tracing").doesNotHaveDuplicates();
        assertThat(areas.size()).isLessThan(30);
        Recommender.FocusArea observability = areas.get(names.indexOf("Observability"));
        assertThat(observability.projects()).isGreaterThan(5);
        assertThat(observability.label()).isEqualTo("Observability (" + observability.projects() + " projects)");
    }

    @Test
    void peopleWhoCannotSignAClaGetNoSuggestionWithAClaOrAnUnstatedRequirement() {
        answerQuestions("Container Runtime", "any", false, "no preference")
                .expectSelectOne("Which project do you want to start with?", "containerd (containerd)")
                .cancelAt("Read the contributor guide");

        Result result = wizard();

        List<String> options = prompter.options("Which project do you want to start with?");
        assertThat(options).containsExactly("containerd (containerd)");
        assertThat(seen(result)).contains("Not suggested, because their files do not say whether they need a CLA: Silent (silent)")
                .doesNotContain("Torn (torn");
    }

    @Test
    void peopleWhoCanSignAClaAlsoSeeProjectsThatStateNothingMarkedAsSuch() {
        answerQuestions("Container Runtime", "any", true, "no preference")
                .expectSelectOne("Which project do you want to start with?", "Silent (silent)")
                .expectSelectOne("Read the contributor guide", "done")
                .expectSelectOne("Find out what the project asks for", "later")
                .cancelAt("Join the chat");

        Result result = wizard();

        assertThat(prompter.options("Which project do you want to start with?"))
                .contains("containerd (containerd)", "Silent (silent)", "Torn (torn)");
        assertThat(seen(result)).contains("its files do not say whether it needs a sign-off or a CLA")
                .contains("watch which checks your first pull request gets").contains("git commit -s");
    }

    @Test
    void filesThatDisagreeAreSaidSoAndBothStepsAreGiven() {
        prompter.expectSelectOne("Read the contributor guide", "done")
                .expectSelectOne("Sign off your commits and sign the CNCF CLA", "later")
                .cancelAt("Join the chat");

        Result result = wizard("--project", "torn");

        assertThat(seen(result)).contains("The project's own files disagree")
                .contains("README asks for the CNCF CLA, AGENTS.md for a DCO sign-off.")
                .contains("git commit -s").contains("must be the email linked to your signed CLA");
    }

    @Test
    void peopleWhoCannotSignAClaAreOfferedOnlyDcoProjects() {
        answerQuestions("", "graduated", false, "no preference")
                .expectSelectOne("Which project do you want to start with?", "containerd")
                .cancelAt("Read the contributor guide");

        Result result = wizard();

        assertThat(prompter.asked()).hasSize(7);
        assertThat(seen(result)).contains("Open Policy Agent").contains("containerd (containerd, graduated)").doesNotContain("Kubernetes (kubernetes");
    }

    /** Cancelling at question N keeps every answer before it; questions 0-5 come before a project is chosen. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void cancellingAtAnyQuestionExits130AndKeepsTheStepsAnsweredBefore(int cancelAt) throws Exception {
        List<Runnable> script = List.of(
                () -> prompter.expectSelectMany("Which areas interest you?", "Messaging"),
                () -> prompter.expectSelectOne("Which programming language", "Go"),
                () -> prompter.expectSelectOne("Which maturity", "any"),
                () -> prompter.expectConfirm("Can you sign", true),
                () -> prompter.expectSelectOne("Where do you prefer to chat?", "Slack"),
                () -> prompter.expectSelectOne("Which project", "NATS"),
                () -> prompter.expectSelectOne("Read the contributor guide", "done"),
                () -> prompter.expectSelectOne("Sign off your commits", "skip"),
                () -> prompter.expectSelectOne("Join the chat", "later"),
                () -> prompter.expectSelectOne("Find a first issue", "done"),
                () -> prompter.expectSelectOne("Look at mentoring", "done"));
        List<String> questions = List.of("Which areas", "Which programming language", "Which maturity", "Can you sign", "Where do you prefer", "Which project",
                "Read the contributor guide", "Sign off your commits", "Join the chat", "Find a first issue", "Look at mentoring");
        for (int i = 0; i < cancelAt; i++) {
            script.get(i).run();
        }
        prompter.cancelAt(questions.get(cancelAt));

        Result result = wizard();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(130);
        assertThat(result.err()).startsWith("error: cancelled");
        if (cancelAt < 6) {
            assertThat(progressFile).doesNotExist();
            return;
        }
        assertThat(result.err()).contains("wizard --resume");
        List<String> expected = new ArrayList<>(List.of("guide=done", "legal=skipped", "chat=later", "first-issue=done", "community=done")
                .subList(0, cancelAt - 6));
        List<String> pending = List.of("guide=pending", "legal=pending", "chat=pending", "first-issue=pending", "community=pending");
        expected.addAll(pending.subList(cancelAt - 6, pending.size()));
        assertThat(statuses(progress().get("projects").get(0))).containsExactlyElementsOf(expected);
    }

    @Test
    void resumeAsksOnlyTheStepsStillOpen() throws Exception {
        prompter.expectSelectOne("Read the contributor guide", "done").expectSelectOne("Sign off", "later").cancelAt("Join the chat");
        assertThat(wizard("--project", "nats").exitCode()).isEqualTo(130);
        prompter.assertAllConsumed();

        prompter = new ScriptedPrompter();
        prompter.expectSelectOne("Sign off your commits", "done")
                .expectSelectOne("Join the chat", "done")
                .expectSelectOne("Find a first issue", "done")
                .expectSelectOne("Look at mentoring", "done");
        Result resumed = wizard("--resume");

        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(seen(resumed)).doesNotContain("Step 1 of 5").contains("Step 2 of 5").contains("5 of 5 steps done");
        assertThat(statuses(progress().get("projects").get(0))).allMatch(step -> step.endsWith("=done"));
    }

    @Test
    void resumeWithoutProgressIsAUsageError() {
        Result result = wizard("--resume");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nothing to resume");
    }

    @Test
    void withoutATerminalTheWizardNeverPromptsAndNamesTheFlags() {
        cli = new CliRun(home).with(context -> context.prompter(prompter));

        Result result = wizard();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("--project P --yes");
        assertThat(prompter.asked()).isEmpty();
    }

    @Test
    void noInputTurnsPromptsOffEvenAtATerminal() {
        assertThat(wizard("--no-input").exitCode()).isEqualTo(2);
        cli.env("CNCF_CONTRIB_NO_INPUT", "1");
        Result result = wizard();
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("prompts are turned off").contains("--project P --yes");
        assertThat(prompter.asked()).isEmpty();
    }

    @Test
    void projectAndYesSaveTheChecklistWithoutAsking() throws Exception {
        cli = new CliRun(home).with(context -> context.gitConfig(key -> null));

        Result result = wizard("--project", "opa", "--yes");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(seen(result)).contains("Plan for contributing to Open Policy Agent")
                .contains("git does not know who you are yet (user.name and user.email not set)")
                .contains("$ git config --global user.email you@example.com");
        assertThat(statuses(progress().get("projects").get(0))).allMatch(step -> step.endsWith("=later"));
    }

    @Test
    void accessibleModeReadsNumberedAnswersFromStdin() throws Exception {
        // areas: 3 = Messaging (Backup, Container Runtime, Messaging, ...); any language; any maturity; yes; Slack;
        // first project; 5 steps
        cli = new CliRun(home).stdin("3\n\n\ny\n2\n1\n1\n2\n3\n1\n1\n")
                .with(context -> context.gitConfig(key -> null));

        Result result = wizard("--accessible");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(seen(result)).contains("Which areas interest you?").contains("  3. Messaging").contains("Type a number");
        assertThat(statuses(progress().get("projects").get(0)))
                .containsExactly("guide=done", "legal=skipped", "chat=later", "first-issue=done", "community=done");
    }

    @Test
    void accessibleModeCancelsAtTheEndOfTheInput() {
        cli = new CliRun(home).stdin("3\n");

        Result result = wizard("--accessible");

        assertThat(result.exitCode()).isEqualTo(130);
    }

    @Test
    void aCorruptProgressFileIsSetAsideWithAWarning() throws Exception {
        Files.createDirectories(progressFile.getParent());
        Files.writeString(progressFile, "{\"version\": 1, \"projects\": [ {\"id\": \"nats\"");

        Result status = cli.run("status");

        assertThat(status.exitCode()).isZero();
        assertThat(status.err().lines().filter(line -> line.startsWith("warning:")).count()).isEqualTo(1);
        assertThat(status.err()).contains("kept it as progress.json.corrupt-20261121T100000Z and starting fresh");
        assertThat(progressFile.resolveSibling("progress.json.corrupt-20261121T100000Z")).hasContent("{\"version\": 1, \"projects\": [ {\"id\": \"nats\"");
        assertThat(progressFile).doesNotExist();
    }
}
