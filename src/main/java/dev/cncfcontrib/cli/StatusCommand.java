package dev.cncfcontrib.cli;

import dev.cncfcontrib.onboarding.Progress;
import dev.cncfcontrib.onboarding.ProgressStore;
import dev.cncfcontrib.view.ChecklistViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
        name = "status",
        description = "Show the checklist of every project you started with the wizard: [x] done, [>] later, [-] skipped, [ ] open. "
                + "* marks the one 'wizard --resume' continues.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cncf-contrib status",
        })
final class StatusCommand implements Callable<Integer> {

    private final Context context;

    StatusCommand(Context context) {
        this.context = context;
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
