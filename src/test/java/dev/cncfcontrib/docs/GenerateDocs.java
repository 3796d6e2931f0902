package dev.cncfcontrib.docs;

import dev.cncfcontrib.App;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.cli.Context;
import dev.cncfcontrib.cli.Io;
import dev.cncfcontrib.completion.CompletionScripts;
import dev.cncfcontrib.text.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes what the build derives from the command model: the completion scripts (with the bundled catalog's
 * project names) and one AsciiDoc man page per command, which asciidoctor then turns into troff. The build runs it
 * at {@code prepare-package}; {@code mvn -q -DskipTests package -Pcompletions} writes the scripts into
 * {@code completions/} for committing.
 *
 * <p>Usage: {@code GenerateDocs COMPLETIONS_DIR MAN_ADOC_DIR}
 */
public final class GenerateDocs {

    private GenerateDocs() {
    }

    public static void main(String... args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateDocs COMPLETIONS_DIR MAN_ADOC_DIR");
        }
        Path completions = Files.createDirectories(Path.of(args[0]));
        Path manAdoc = Files.createDirectories(Path.of(args[1]));
        Map<String, String> scripts = Map.of(
                "cncf-contrib.bash", CompletionScripts.bash(tree()),
                "cncf-contrib.zsh", CompletionScripts.zsh(tree()),
                "cncf-contrib.fish", CompletionScripts.fish(tree()));
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Files.writeString(completions.resolve(script.getKey()), script.getValue(), StandardCharsets.UTF_8);
        }
        int status = ManPageGenerator.generateManPage(manAdoc.toFile(), null, new boolean[0], false,
                tree().getCommandSpec());
        if (status != 0) {
            throw new IllegalStateException("ManPageGenerator failed with status " + status);
        }
    }

    /**
     * The whole command tree over the bundled catalog: an environment without HOME, XDG directories or
     * CNCF_CONTRIB_CATALOG, so that what the person building has installed never gets into the files.
     */
    public static CommandLine tree() {
        StringWriter sink = new StringWriter();
        Io io = new Io(new PrintWriter(sink), new PrintWriter(sink), false, 0, new Style(false));
        return App.commandLine(new Context(io, Map.of(), new CatalogLoader()));
    }
}
