package dev.cncfcontrib.cli;

import java.util.List;
import java.util.function.Function;

/**
 * Every top-level command, by name. The composition root builds only the command a run asks for: picocli
 * inspects each command's annotations when it is added, about 4 ms apiece, which {@code list} should not pay for
 * commands it does not run.
 */
public final class Subcommands {

    /** A command's name and how to build it from the shared context. */
    public record Entry(String name, Function<Context, Object> factory) {
    }

    public static final List<Entry> ALL = List.of(
            new Entry("list", ListCommand::new),
            new Entry("show", ShowCommand::new),
            new Entry("groups", GroupsCommand::new),
            new Entry("check", CheckCommand::new),
            new Entry("doctor", DoctorCommand::new),
            new Entry("setup", SetupCommand::new),
            new Entry("dco", DcoCommand::new),
            new Entry("links", LinksCommand::new),
            new Entry("catalog", CatalogCommand::new));

    private Subcommands() {
    }
}
