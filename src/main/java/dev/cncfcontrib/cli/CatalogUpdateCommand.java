package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.CatalogDiff;
import dev.cncfcontrib.catalog.CatalogException;
import dev.cncfcontrib.catalog.CatalogSource;
import dev.cncfcontrib.catalog.CatalogStore;
import dev.cncfcontrib.catalog.LandscapeReader;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.net.Downloader;
import dev.cncfcontrib.net.HttpClients;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

final class CatalogUpdateCommand extends CliCommand {

    /** The landscape.yml of cncf/landscape's default branch. */
    static final String DEFAULT_SOURCE = "https://raw.githubusercontent.com/cncf/landscape/master/landscape.yml";

    private final Arg<String> from = option("--from").label("URL|FILE").defaultValue(DEFAULT_SOURCE)
            .description("Where to get it: a landscape.yml or a catalog JSON, by https URL or as a local file (default: the landscape.yml of cncf/landscape's master branch, below).")
            .text();

    private final Arg<Boolean> dryRun = option("--dry-run")
            .description("Show what would change, and install nothing.").flag();

    private final Arg<Boolean> force = option("--force")
            .description("Install even a catalog that removes more than half of the projects in use (refused otherwise:"
                    + " it is what a download cut short looks like).").flag();

    CatalogUpdateCommand(Context context) {
        super(context, "update",
                "Download the current CNCF landscape (or a catalog) and install it as the catalog every command "
                + "uses, in $XDG_DATA_HOME/cncf-contrib/ (default ~/.local/share/cncf-contrib/). The previous catalog is "
                + "kept as catalog.json.previous. If anything fails, the catalog in use is left as it was.");
        examples(
                "  cncf-contrib catalog update",
                "  cncf-contrib catalog update --dry-run",
                "  cncf-contrib catalog update --from https://example.org/catalog.json",
                "  cncf-contrib catalog update --from ./landscape.yml",
                "",
                "Without --from it downloads",
                "  " + CatalogUpdateCommand.DEFAULT_SOURCE);
    }

    @Override
    public Integer call() throws IOException {
        String from = this.from.value();
        CatalogStore store = context.catalogStore();
        if (store == null) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, "no data directory: set HOME or XDG_DATA_HOME");
        }
        if (isUrl(from)) {
            URI uri = parse(from);
            if (!HttpClients.allowed(uri)) {
                throw new CommandFailure(ExitCodes.USAGE, "--from must be an https URL (plain http only for this machine's"
                        + " loopback address), or a file");
            }
        }
        if (dryRun.value()) {
            return update(store, null);
        }
        // one update at a time: what it reads to decide (the source note, the catalog it replaces) and what it
        // installs belong to one transaction
        try (CatalogStore.Update update = store.lock(() -> context.io().err().println(
                "Waiting for another 'cncf-contrib catalog update' to finish..."))) {
            return update(store, update);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, "cannot write the catalog in " + store.dir() + ": " + FileErrors.reason(e));
        }
    }

    /** Fetches, checks and (unless {@code update} is null, a dry run) installs. */
    private int update(CatalogStore store, CatalogStore.Update update) throws IOException {
        String from = this.from.value();
        Io io = context.io();
        String today = LocalDate.now(context.clock()).toString();
        byte[] bytes;
        String etag = null;
        String lastModified = null;
        if (isUrl(from)) {
            URI uri = parse(from);
            CatalogStore.Origin held = store.origin();
            boolean conditional = held != null && from.equals(held.source());
            Downloader.Fetched fetched = new Downloader(context.network().downloads(), LandscapeReader.MAX_BYTES)
                    .get(from, conditional ? held.etag() : null, conditional ? held.lastModified() : null,
                            io.terminal() ? new ProgressLine(io, uri.getHost()) : null);
            if (fetched.notModified()) {
                io.out().println("The catalog is up to date: " + TerminalText.line(from) + " has not changed since "
                        + TerminalText.line(held.fetched() == null ? "the last update" : held.fetched()) + ".");
                return ExitCodes.OK;
            }
            bytes = fetched.body();
            etag = fetched.etag();
            lastModified = fetched.lastModified();
        } else {
            bytes = readFile(from);
        }

        // a downloaded landscape is cited by its URL and the day it was fetched; a local file, like 'catalog import'
        // does, as the landscape the overlay names
        boolean downloaded = isUrl(from);
        CatalogSource.Checked checked = CatalogSource.check(bytes, from, downloaded ? from : null, downloaded ? today : null,
                context.catalogLoader().bundledOverlay());
        Catalog current = replacedCatalog(store);
        CatalogDiff diff = current == null ? null : CatalogDiff.between(current, checked.catalog());
        String loss = current == null ? null : heavyLoss(current, checked.catalog());
        if (update == null) {
            io.out().println("Dry run: " + TerminalText.line(from) + " holds " + CatalogSummary.counts(checked.catalog()) + ".");
            if (diff != null) {
                io.out().print(DiffText.render(diff, io.style()));
            }
            if (loss != null && !force.value()) {
                io.out().println("It would be refused without --force: " + loss + ".");
            }
            io.out().println("Nothing was installed.");
            return ExitCodes.OK;
        }
        if (loss != null && !force.value()) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, "refused: " + loss + " (a download cut short?); nothing was"
                    + " installed. If that is right, run again with --force");
        }
        try {
            update.install(checked.bytes(), checked.catalog(), new CatalogStore.Origin(from, etag, lastModified, today));
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, "cannot write the catalog in " + store.dir() + ": "
                    + FileErrors.reason(e) + "; the catalog in use is unchanged");
        }
        io.out().println("Installed " + CatalogSummary.counts(checked.catalog()) + " from " + TerminalText.line(from) + ".");
        io.out().println("Catalog: " + TerminalText.line(store.catalogFile().toString())
                + (Files.exists(store.previousFile()) ? " (the previous one is kept as " + TerminalText.line(store.previousFile().getFileName().toString()) + ")" : ""));
        if (diff != null) {
            io.out().println("Changes: " + diff.summary() + ".");
        }
        return ExitCodes.OK;
    }

    /**
     * The catalog this update replaces: the one installed by the last update, else the bundled one (not a
     * {@code --catalog} file, which an update does not touch). A broken one is simply not compared.
     */
    private Catalog replacedCatalog(CatalogStore store) {
        try {
            return context.catalogLoader().load(null, store).catalog();
        } catch (CatalogException e) {
            return null;
        }
    }

    /**
     * "it would remove 254 of the 255 projects in use, holding 1" when the new catalog loses more than half of
     * them: what a truncated download that still parses looks like (a landscape cut after its first item).
     */
    static String heavyLoss(Catalog current, Catalog next) {
        Set<String> kept = new HashSet<>();
        for (Project project : next.projects()) {
            kept.add(project.id());
        }
        int removed = 0;
        for (Project project : current.projects()) {
            if (!kept.contains(project.id())) {
                removed++;
            }
        }
        int total = current.projects().size();
        if (removed * 2 <= total) {
            return null;
        }
        return "it would remove " + removed + " of the " + total + " projects in use, holding " + next.projects().size();
    }

    private static boolean isUrl(String text) {
        return text.matches("(?i)[a-z][a-z0-9+.-]*://.*");
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--from: not a valid URL: " + e.getMessage());
        }
    }

    private static byte[] readFile(String name) {
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--from: not a valid file name");
        }
        try {
            if (Files.size(file) > LandscapeReader.MAX_BYTES) {
                throw new CatalogException(name, 0, 0, "larger than " + (LandscapeReader.MAX_BYTES >> 20) + " MiB; refused");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) LandscapeReader.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new CatalogException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new CatalogException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** "Downloading raw.githubusercontent.com: 512 KiB of 1.1 MiB" on one stderr line, redrawn a few times a second. */
    private static final class ProgressLine implements Downloader.Progress {

        private final Io io;
        private final String host;
        private long lastDrawn;
        private boolean drawn;

        ProgressLine(Io io, String host) {
            this.io = io;
            this.host = host;
        }

        @Override
        public void update(long bytes, long total) {
            long now = System.nanoTime();
            if (drawn && now - lastDrawn < 100_000_000L) {
                return;
            }
            lastDrawn = now;
            drawn = true;
            String line = "Downloading " + TerminalText.line(host) + ": " + size(bytes) + (total > 0 ? " of " + size(total) : "");
            io.err().print("\r" + line + "\u001b[K");
            io.err().flush();
        }

        @Override
        public void done() {
            if (drawn) {
                io.err().print("\r\u001b[K");
                io.err().flush();
                drawn = false;
            }
        }

        private static String size(long bytes) {
            return bytes < 1024 * 1024 ? (bytes / 1024) + " KiB" : String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
    }
}
