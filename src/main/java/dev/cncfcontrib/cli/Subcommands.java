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
            new Entry("shell", ShellCommand::new),
            new Entry("wizard", WizardCommand::new),
            new Entry("status", StatusCommand::new),
            new Entry("plan", PlanCommand::new),
            new Entry("open", OpenCommand::new));

    private Subcommands() {
    }
}
