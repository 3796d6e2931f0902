package dev.cncfcontrib.cli;

import dev.cncfcontrib.git.Repository;
import dev.cncfcontrib.onboarding.SignoffHook;
import dev.cncfcontrib.text.TerminalText;
import java.nio.file.Path;
import java.util.List;

/** {@code cncf-contrib setup}: prepares a clone for contributing. */
final class SetupCommand extends CommandGroup {

    SetupCommand(Context context) {
        super(context, "setup", List.of(new Signoff(context)), "Prepare a clone for contributing.");
        examples("  cncf-contrib setup signoff");
    }

    static final class Signoff extends CliCommand {

        private final Arg<Path> repo = repoOption("The clone (default: the current directory).");

        private final Arg<Boolean> uninstall = option("--uninstall").description("Remove the hook.").flag();

        private final Arg<Boolean> chain = option("--chain")
                .description("If another prepare-commit-msg hook is there, keep it and run it before adding the sign-off.")
                .flag();

        Signoff(Context context) {
            super(context, "signoff",
                    "Install a prepare-commit-msg hook in a clone that adds your Signed-off-by line to every commit, as "
                            + "'git commit -s' does: git has no setting that signs off 'git commit' (format.signOff only "
                            + "affects format-patch).",
                    "The hook goes where git looks for hooks (core.hooksPath is honoured). A prepare-commit-msg hook that "
                            + "cncf-contrib did not write is never overwritten: --chain keeps it and runs it first. "
                            + "Running this again changes nothing; --uninstall removes the hook (and puts back a chained one).");
            examples(
                    "  cncf-contrib setup signoff",
                    "  cncf-contrib setup signoff --repo ~/src/kubernetes --chain",
                    "  cncf-contrib setup signoff --uninstall");
        }

        @Override
        public Integer call() throws Exception {
            Repository repository = Repository.open(context.git(), clone(repo));
            SignoffHook hook = SignoffHook.of(repository);
            String where = TerminalText.line(hook.path().toString());
            var out = context.io().out();
            SignoffHook.Outcome outcome = uninstall.value() ? hook.uninstall() : hook.install(chain.value());
            switch (outcome) {
                case INSTALLED -> out.println("Installed the sign-off hook: " + where
                        + "\nEvery 'git commit' in this clone now gets your Signed-off-by line.");
                case UPDATED -> out.println("Updated the sign-off hook: " + where);
                case ALREADY_INSTALLED -> out.println("The sign-off hook is already installed: " + where);
                case CHAINED -> out.println("Installed the sign-off hook: " + where + "\nThe hook that was there is kept as "
                        + SignoffHook.CHAINED_NAME + " and runs first.");
                case REMOVED -> out.println("Removed the sign-off hook: " + where);
                case RESTORED -> out.println("Removed the sign-off hook and put back the hook it ran first: " + where);
                case NOT_INSTALLED -> out.println("No sign-off hook to remove in " + TerminalText.line(hook.path().getParent().toString()));
                case FOREIGN_HOOK -> throw new CommandFailure(ExitCodes.DATA_ERROR, uninstall.value()
                        ? where + " was not written by cncf-contrib; it was left alone"
                        : where + " already exists and was not written by cncf-contrib; it was left alone. Run again with "
                                + "--chain to keep it and run it first, or use 'git commit -s'");
                default -> throw new IllegalStateException(outcome.toString());
            }
            return ExitCodes.OK;
        }
    }
}
