package dev.cncfcontrib.cli;

import dev.cncfcontrib.onboarding.Progress;
import dev.cncfcontrib.onboarding.ProgressStore;
import dev.cncfcontrib.view.ChecklistViews;

final class StatusCommand extends CliCommand {

    StatusCommand(Context context) {
        super(context, "status",
                "Show the checklist of every project you started with the wizard: [x] done, [>] later, [-] skipped, [ ] open. "
                + "* marks the one 'wizard --resume' continues.");
        examples(
                "  cncf-contrib status");
    }

    @Override
    public Integer call() {
        Io io = context.io();
        ProgressStore store = new ProgressStore(context.stateDir(), context.clock());
        Progress progress = store.load(io.err()::println);
        if (progress.projects().isEmpty()) {
            io.err().println("No checklist yet: start one with 'cncf-contrib wizard'.");
            return ExitCodes.OK;
        }
        io.out().print(ChecklistViews.status(progress, io.style()));
        return ExitCodes.OK;
    }
}
