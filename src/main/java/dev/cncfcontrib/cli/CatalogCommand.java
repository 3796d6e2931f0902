package dev.cncfcontrib.cli;

import java.util.List;

/** {@code cncf-contrib catalog ...}: where the catalog comes from, and how to refresh, compare and check it. */
final class CatalogCommand extends CommandGroup {

    CatalogCommand(Context context) {
        super(context, "catalog", List.of(
                        new CatalogInfoCommand(context),
                        new CatalogUpdateCommand(context),
                        new CatalogDiffCommand(context),
                        new CatalogValidateCommand(context),
                        new CatalogImportCommand(context)),
                "Manage the catalog: see which one is in use, update it from the CNCF landscape, compare two "
                        + "catalogs, check a catalog file, or import a landscape file.");
        examples(
                "  cncf-contrib catalog info",
                "  cncf-contrib catalog update --dry-run",
                "  cncf-contrib catalog diff old.json new.json",
                "  cncf-contrib catalog validate my-catalog.json",
                "  cncf-contrib catalog import --landscape landscape.yml -o catalog.json");
    }
}
