package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.text.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextFactoryTest {

    private final StringWriter out = new StringWriter();
    private final Context context = new Context(
            new Io(new PrintWriter(out), new PrintWriter(new StringWriter()), false, 0, Style.PLAIN),
            Map.of(), new CatalogLoader());

    @Test
    void everyCommandIsBuiltUnderTheNameItIsRegisteredWith() {
        ContextFactory factory = new ContextFactory(context);
        for (Subcommands.Entry entry : Subcommands.ALL) {
            // a mismatch would list one name in help and parse another
            assertThat(factory.construct(entry.type()).spec().name()).isEqualTo(entry.name());
        }
    }

    static final class NoContext extends CliCommand {
        NoContext() {
            super(null, "no-context");
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void aCommandThatCannotTakeTheContextIsAProgrammingError() {
        assertThatThrownBy(() -> new ContextFactory(context).construct(NoContext.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no constructor taking a Context");
    }
}
