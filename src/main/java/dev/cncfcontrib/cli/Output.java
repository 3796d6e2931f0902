package dev.cncfcontrib.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.CatalogWriter;
import dev.cncfcontrib.text.JsonOutput;
import java.io.IOException;
import java.io.PrintWriter;

/** Writing helpers shared by the commands. */
final class Output {

    private Output() {
    }

    /** What goes into a JSON document; may throw IOException, unlike a plain Consumer. */
    interface JsonBody {
        void write(CatalogWriter writer) throws IOException;
    }

    /** Writes one JSON document followed by a newline. */
    static void json(PrintWriter out, JsonBody body) throws IOException {
        try (JsonGenerator generator = JsonOutput.generator(out)) {
            body.write(new CatalogWriter(generator));
        }
        out.println();
    }
}
