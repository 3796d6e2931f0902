package dev.cncfcontrib.cli;

import java.util.List;

/**
 * Every top-level command, by name. The composition root builds only the command a run asks for: picocli
 * inspects each command's annotations when it is added, about 4 ms apiece, which {@code list} should not pay for
 * commands it does not run. Classes rather than constructor references: each method reference costs an
 * invokedynamic bootstrap at start-up, for every command, used or not.
 */
public final class Subcommands {

    /** A command's name and its class; the class has a constructor taking the {@link Context}. */
    public record Entry(String name, Class<?> type) {
    }

    public static final List<Entry> ALL = List.of(
            new Entry("list", ListCommand.class),
            new Entry("show", ShowCommand.class),
            new Entry("groups", GroupsCommand.class),
            new Entry("check", CheckCommand.class),
            new Entry("doctor", DoctorCommand.class),
            new Entry("setup", SetupCommand.class),
            new Entry("dco", DcoCommand.class),
            new Entry("links", LinksCommand.class),
            new Entry("catalog", CatalogCommand.class),
            new Entry("shell", ShellCommand.class),
            new Entry("wizard", WizardCommand.class),
            new Entry("status", StatusCommand.class),
            new Entry("plan", PlanCommand.class),
            new Entry("open", OpenCommand.class),
            new Entry("completion", CompletionCommand.class));

    private Subcommands() {
    }
}
