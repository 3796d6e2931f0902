package dev.cncfcontrib.cli;

import java.util.List;

/**
 * Every top-level command, by name. The composition root builds only the command a run asks for (and all of them
 * for help and completion), through {@link ContextFactory}.
 */
public final class Subcommands {

    /** A command's name and its class; the class has a constructor taking the {@link Context}. */
    public record Entry(String name, Class<? extends CliCommand> type) {
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
            new Entry("issues", IssuesCommand.class),
            new Entry("catalog", CatalogCommand.class),
            new Entry("shell", ShellCommand.class),
            new Entry("wizard", WizardCommand.class),
            new Entry("status", StatusCommand.class),
            new Entry("plan", PlanCommand.class),
            new Entry("open", OpenCommand.class),
            new Entry("completion", CompletionCommand.class),
            new Entry(HelpCommand.NAME, HelpCommand.class));

    private Subcommands() {
    }
}
