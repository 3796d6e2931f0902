package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.CatalogReader;
import dev.cncfcontrib.catalog.CatalogWriter;
import dev.cncfcontrib.catalog.LandscapeImporter;
import dev.cncfcontrib.catalog.LandscapeReader;
import dev.cncfcontrib.catalog.Overlay;
import dev.cncfcontrib.files.AtomicFiles;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.text.TerminalText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

final class CatalogImportCommand extends CliCommand {

    private final Arg<Path> landscape = option("--landscape").label("FILE").required()
            .description("The landscape.yml file to import.").path();

    private final Arg<Path> overlay = option("--overlay").label("FILE")
            .description("Hand-verified facts that win over the landscape's, field by field (default: the overlay bundled in cncf-contrib).")
            .path();

    private final Arg<Path> output = option("-o", "--output").label("FILE")
            .description("Write the catalog to FILE (default: standard output).").path();

    private final Arg<String> landscapeUrl = option("--landscape-url").label("URL")
            .description("The landscape file to cite as the source of imported facts (default: the overlay's 'landscape.url').")
            .text();

    private final Arg<String> landscapeDate = option("--landscape-date").label("DATE")
            .description("The date of that landscape file, yyyy-mm-dd (default: the overlay's 'landscape.date').")
            .text();

    CatalogImportCommand(Context context) {
        super(context, "import",
                "Build a catalog from a CNCF landscape file (landscape.yml of cncf/landscape) and the curated "
                + "overlay. The same inputs always give the same file.");
        examples(
                "  cncf-contrib catalog import --landscape landscape.yml -o catalog.json",
                "  cncf-contrib catalog import --landscape landscape.yml --overlay data/overlay.json -o data/catalog.json");
    }

    @Override
    public Integer call() throws IOException {
        String landscapeUrl = this.landscapeUrl.value();
        String landscapeDate = this.landscapeDate.value();
        if (landscapeUrl != null && !landscapeUrl.startsWith("https://") && !landscapeUrl.startsWith("http://")) {
            throw new CommandFailure(ExitCodes.USAGE, "--landscape-url must be an http or https URL");
        }
        if (landscapeDate != null && !landscapeDate.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new CommandFailure(ExitCodes.USAGE, "--landscape-date must be written yyyy-mm-dd");
        }
        Overlay curated = overlay.value() == null ? context.catalogLoader().bundledOverlay()
                : new CatalogReader().readOverlay(overlay.value());
        if ((landscapeUrl == null && curated.landscapeUrl() == null) || (landscapeDate == null && curated.landscapeDate() == null)) {
            throw new CommandFailure(ExitCodes.USAGE, "the overlay names no landscape source: give --landscape-url and --landscape-date");
        }
        List<LandscapeReader.Item> items = new LandscapeReader().read(landscape.value());
        LandscapeImporter.Result result = new LandscapeImporter(curated).importItems(items, landscapeUrl, landscapeDate);
        byte[] bytes = CatalogWriter.bytes(result.catalog());
        // what we write must be a catalog we can read back
        Catalog checked = new CatalogReader().read(new ByteArrayInputStream(bytes), "imported catalog");
        Io io = context.io();
        for (String warning : result.warnings()) {
            io.err().println("warning: " + TerminalText.line(warning));
        }
        Path output = this.output.value();
        if (output == null) {
            io.out().print(new String(bytes, StandardCharsets.UTF_8));
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.write(output, bytes);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, "cannot write " + output + ": " + FileErrors.reason(e));
        }
        io.err().println("Imported " + CatalogSummary.counts(checked) + " into " + TerminalText.line(output.toString()) + ".");
        return ExitCodes.OK;
    }
}
