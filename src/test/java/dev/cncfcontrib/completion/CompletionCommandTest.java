package dev.cncfcontrib.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cncf-contrib completion}: the scripts it prints, and the committed copies in {@code completions/}, which
 * must be exactly what the build generates. The shells themselves run these scripts in PackageIT (src/test/sh/completion.sh).
 */
class CompletionCommandTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void committedScriptIsWhatTheBuildGenerates(String shell) throws IOException {
        Path committed = Path.of("completions", "cncf-contrib." + shell);

        Result result = new CliRun(home).run("completion", shell);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(committed).exists();
        assertThat(result.out())
                .as(committed + " is out of date: regenerate with `mvn -q -DskipTests package -Pcompletions`")
                .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
    }

    @Test
    void pipedWithoutAShellPrintsTheBashScript() {
        Result piped = new CliRun(home).run("completion");

        assertThat(piped.exitCode()).isZero();
        assertThat(piped.out()).startsWith("#!/usr/bin/env bash\n").isEqualTo(new CliRun(home).run("completion", "bash").out());
    }

    @Test
    void atATerminalTheShellMustBeNamed() {
        Result result = new CliRun(home).terminal(80, false).run("completion");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().contains("bash|zsh|fish");
    }

    @Test
    void theHelpShowsTheZshLineAsItIsTyped() {
        // picocli resolves ${...} in help text; the zsh line's ${fpath[1]} must reach the reader as it is
        assertThat(new CliRun(home).run("completion", "--help").out())
                .contains("cncf-contrib completion zsh > \"${fpath[1]}/_cncf-contrib\"").doesNotContain("null/_cncf-contrib");
    }

    @Test
    void unknownShellIsAUsageError() {
        Result result = new CliRun(home).run("completion", "powershell");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("powershell", "bash, zsh, fish");
    }

    @Test
    void bashScriptKnowsNestedCommandsValuesProjectsAndAliases() {
        String script = new CliRun(home).run("completion", "bash").out();

        assertThat(script)
                .contains("=(catalog import)", "=(check dco)", "=(setup signoff)")
                .contains("local LEVEL_option_args=(\"graduated\" \"incubating\" \"sandbox\" \"archived\")")
                .containsPattern("local PROJECT_pos_param_args=\\(\"[^)]*\"kubernetes\" \"k8s\"")
                .containsPattern("local PROJECT_option_args=\\(\"[^)]*\"opa\"") // doctor --project, links --project
                .containsPattern("local NAME_pos_param_args=\\(\"[^)]*\"wg-gitops\"") // groups NAME
                .contains("complete -F _complete_cncf-contrib -o default cncf-contrib");
    }

    @Test
    void fishScriptKnowsNestedCommandsValuesAndProjects() {
        String script = new CliRun(home).run("completion", "fish").out();

        assertThat(script)
                .contains("complete -c cncf-contrib -n '__cncf_contrib_at \\'catalog\\'' -a 'import'")
                .contains("complete -c cncf-contrib -n '__cncf_contrib_at \\'check\\'' -a 'dco'")
                .contains("-n '__cncf_contrib_at \\'list\\'' -s 'm' -l 'maturity' -x -a 'graduated incubating sandbox archived'")
                .containsPattern("-n '__cncf_contrib_at \\\\'show\\\\'' -a '[^']* kubernetes k8s ")
                .containsPattern("-n '__cncf_contrib_at \\\\'doctor\\\\'' -s 'p' -l 'project' -x -a '[^']* opa ")
                .contains("-n '__cncf_contrib_at \\'catalog validate\\'' -F");
    }

    @Test
    void zshScriptIsTheBashScriptLoadableFromFpath() {
        String bash = new CliRun(home).run("completion", "bash").out();
        String zsh = new CliRun(home).run("completion", "zsh").out();

        assertThat(zsh).startsWith("#compdef cncf-contrib\n")
                .contains(bash.substring(bash.indexOf("# References")).replace("  alias compopt=complete\n", "  compopt() { :; }\n"))
                .contains("  compopt() { :; }\n").doesNotContain("alias compopt")
                .endsWith("  _bash_complete -F _complete_cncf-contrib -o default\nfi\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void catalogInUseGivesTheProjectsAndOnlyNamesSafeInAShellScript(String shell) throws IOException {
        String hostile = Fixtures.text("catalog-small.json")
                .replace("\"aliases\": [\"k8s\"]",
                        "\"aliases\": [\"k8s\", \"kube-$(touch pwned)\", \"kube`id`\", \"kube'q\", \"kube\\\"q\", "
                                + "\"kube with space\", \"kube;ls\", \"brand-new-alias\"]");
        Path catalog = Fixtures.write(home, "catalog.json", hostile);

        Result result = new CliRun(home).env("CNCF_CONTRIB_CATALOG", catalog.toString()).run("completion", shell);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("brand-new-alias", "open-policy-agent", "k8s")
                .doesNotContain("pwned", "`id`", "kube'q", "kube\\\"q", "kube\"q", "with space", "kube;ls")
                .doesNotContain("aeraki-mesh"); // a project of the bundled catalog only
    }

    @Test
    void brokenCatalogIsADataError() throws IOException {
        Path broken = Files.writeString(home.resolve("broken.json"), "{ not json");

        Result result = new CliRun(home).run("--catalog", broken.toString(), "completion", "bash");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().startsWith("error: ");
    }
}
