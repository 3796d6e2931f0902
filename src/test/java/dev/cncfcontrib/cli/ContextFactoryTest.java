package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.text.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ContextFactoryTest {

    private final StringWriter out = new StringWriter();
    private final Context context = new Context(
            new Io(new PrintWriter(out), new PrintWriter(new StringWriter()), false, 0, Style.PLAIN),
            Map.of(), new CatalogLoader());

    @Command(name = "group", subcommands = Child.class)
    static final class Group {
    }

    @Command(name = "child")
    static final class Child implements Callable<Integer> {
        private final Context context;

        Child(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.io().out().print("child ran with the shared context");
            return 0;
        }
    }

    @Test
    void nestedSubcommandsReceiveTheSharedContext() {
        int code = new CommandLine(new Group(), new ContextFactory(context)).execute("child");

        context.io().out().flush();
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("child ran with the shared context");
    }
}
