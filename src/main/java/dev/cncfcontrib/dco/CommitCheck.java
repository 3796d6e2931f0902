package dev.cncfcontrib.dco;

import dev.cncfcontrib.git.Commit;
import java.util.List;

/**
 * The verdict on one commit, with the reasons in plain words when it fails.
 *
 * @param invalidAddress an author, committer or sign-off address failed the checker's e-mail rule: a sign-off alone
 *                       cannot fix that
 */
public record CommitCheck(Commit commit, Status status, List<String> reasons, boolean invalidAddress) {

    /** What happened to a commit. */
    public enum Status {
        PASSED("pass"), FAILED("fail"), SKIPPED_MERGE("skipped: merge commit"), SKIPPED_BOT("skipped: bot");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CommitCheck {
        reasons = List.copyOf(reasons);
    }

    CommitCheck(Commit commit, Status status) {
        this(commit, status, List.of(), false);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
