package dev.cncfcontrib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cncf-contrib catalog ...}: where the catalog comes from, and how to refresh, compare and check it. */
@Command(
        name = "catalog",
        description = "Manage the catalog: see which one is in use, update it from the CNCF landscape, compare two "
                + "catalogs, check a catalog file, or import a landscape file.",
        subcommands = {
            CatalogInfoCommand.class,
            CatalogUpdateCommand.class,
            CatalogDiffCommand.class,
            CatalogValidateCommand.class,
            CatalogImportCommand.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  cncf-contrib catalog info",
            "  cncf-contrib catalog update --dry-run",
            "  cncf-contrib catalog diff old.json new.json",
            "  cncf-contrib catalog validate my-catalog.json",
            "  cncf-contrib catalog import --landscape landscape.yml -o catalog.json",
        })
final class CatalogCommand implements Callable<Integer> {

    private final Context context;

    @Spec
    CommandSpec spec;

    CatalogCommand(Context context) {
        this.context = context;
    }

    /** Without a subcommand, show what there is to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(context.io().out());
        return ExitCodes.OK;
    }
}
