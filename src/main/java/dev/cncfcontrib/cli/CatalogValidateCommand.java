package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogValidator;
import dev.cncfcontrib.text.TerminalText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "validate",
        description = "Check a catalog file against the catalog schema: each problem is printed as FILE:LINE:COLUMN: message.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cncf-contrib catalog validate my-catalog.json",
        })
final class CatalogValidateCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(paramLabel = "FILE", description = "The catalog file to check.")
    Path file;

    CatalogValidateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<CatalogValidator.Problem> problems = new CatalogValidator().validate(file);
        Io io = context.io();
        if (problems.isEmpty()) {
            io.out().println(TerminalText.line(file.toString()) + ": a valid catalog.");
            return ExitCodes.OK;
        }
        for (CatalogValidator.Problem problem : problems) {
            io.out().println(TerminalText.line(problem.toString()));
        }
        throw new CommandFailure(ExitCodes.DATA_ERROR, file + " is not a valid catalog: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems"));
    }
}
