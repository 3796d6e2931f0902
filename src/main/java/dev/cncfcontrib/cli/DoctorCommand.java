package dev.cncfcontrib.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.git.GitException;
import dev.cncfcontrib.git.Repository;
import dev.cncfcontrib.onboarding.Doctor;
import dev.cncfcontrib.onboarding.Finding;
import dev.cncfcontrib.onboarding.ProjectRemotes;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

final class DoctorCommand extends CliCommand {

    private final Arg<String> projectName = projectOption()
            .description("The project the clone is for (id, name or alias).").text();

    private final Arg<Path> repo = repoOption("The clone (default: the current directory).");

    private final Arg<Values.ReportFormat> output = outputFormat(Values.ReportFormat.class, "text");

    DoctorCommand(Context context) {
        super(context, "doctor",
                "Check that your machine and clone are ready for a first pull request: git and its version, user.name and "
                    + "user.email, the clone's remotes (the project's repository, and your fork to push to), the branch, what "
                    + "the clone's own files say about a sign-off or a CLA, the sign-off hook and, for projects with a CLA, "
                    + "the address the CLA bot will match. Each finding is ok, warning or problem, with the command that fixes it.",
                "Without --project, the project is recognised from the clone's remote when the catalog has it.");
        examples(
                "  cncf-contrib doctor",
                "  cncf-contrib doctor --project kubernetes --repo ~/src/kubernetes");
    }

    @Override
    public Integer call() throws Exception {
        Project project = projectName.value() == null ? null : context.catalog().catalog().resolveProject(projectName.value());
        Path directory = clone(repo);
        if (project == null) {
            project = recognise(directory);
        }
        List<Finding> findings = new Doctor(context.git()).examine(directory, repo.value() != null, project);
        PrintWriter out = context.io().out();
        if (output.value() == Values.ReportFormat.JSON) {
            try (JsonGenerator json = JsonOutput.generator(out)) {
                json.writeStartObject();
                json.writeStringField("project", project == null ? null : project.id());
                json.writeArrayFieldStart("findings");
                for (Finding finding : findings) {
                    json.writeStartObject();
                    json.writeStringField("level", finding.level().id());
                    json.writeStringField("check", finding.check());
                    json.writeStringField("message", finding.message());
                    json.writeStringField("fix", finding.fix());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            out.println();
        } else {
            Style style = context.io().style();
            if (project != null) {
                out.println("Checking for " + TerminalText.line(project.name()) + " (" + project.legal().kind().label() + ")");
            }
            for (Finding finding : findings) {
                String level = switch (finding.level()) {
                    case OK -> style.green("ok     ");
                    case WARNING -> style.yellow("warning");
                    case PROBLEM -> style.red("problem");
                };
                out.println(level + "  " + finding.check() + ": " + TerminalText.line(finding.message()));
                if (finding.fix() != null) {
                    out.println("         fix: " + style.cyan(TerminalText.line(finding.fix())));
                }
            }
        }
        boolean problems = findings.stream().anyMatch(finding -> finding.level() == Finding.Level.PROBLEM);
        return problems ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /** Best effort: a clone of a catalogued project names it through its remote. */
    private Project recognise(Path directory) {
        try {
            Repository repository = Repository.at(context.git(), directory);
            return ProjectRemotes.recognise(repository.remotes(), context.catalog().catalog().projects()).orElse(null);
        } catch (GitException e) {
            return null;
        }
    }
}
