package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogValidator;
import dev.cncfcontrib.text.TerminalText;
import java.nio.file.Path;
import java.util.List;

final class CatalogValidateCommand extends CliCommand {

    private final Arg<Path> file = parameter("FILE")
            .description("The catalog file to check.").path();

    CatalogValidateCommand(Context context) {
        super(context, "validate",
                "Check a catalog file against the catalog schema: each problem is printed as FILE:LINE:COLUMN: message.");
        examples(
                "  cncf-contrib catalog validate my-catalog.json");
    }

    @Override
    public Integer call() {
        Path file = this.file.value();
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
