package dev.cncfcontrib.cli;

import picocli.CommandLine.Command;

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
final class CatalogCommand extends CommandGroup {

    CatalogCommand(Context context) {
        super(context);
    }
}
