package dev.cncfcontrib.dco;

import dev.cncfcontrib.git.Commit;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands that fix the sign-offs of a branch in its real state: amend when only the newest commit fails, a
 * rebase with {@code --signoff} from the branch's base otherwise, and, where history must not be rewritten, the
 * remediation-commit lines that dcoapp and dco2 accept when a project enables them.
 *
 * @param kind         {@link Kind#AMEND} or {@link Kind#REBASE}; {@link Kind#NONE} when nothing fails
 * @param commands     what to run, in order
 * @param remediation  one line per failing commit, for an empty signed-off remediation commit
 * @param notes        extra advice (an address to correct first, a range that does not end at HEAD)
 */
public record FixPlan(Kind kind, List<String> commands, List<String> remediation, List<String> notes) {

    /** The shape of the fix. */
    public enum Kind { NONE, AMEND, REBASE }

    /** What updates a pushed branch after its commits were rewritten; it refuses when someone else pushed since. */
    public static final String FORCE_PUSH = "git push --force-with-lease";

    /** Nothing to fix. */
    public static final FixPlan NONE = new FixPlan(Kind.NONE, List.of(), List.of(), List.of());

    public FixPlan {
        commands = List.copyOf(commands);
        remediation = List.copyOf(remediation);
        notes = List.copyOf(notes);
    }

    /**
     * @param failing       the failing commits, newest first, as {@code git log} lists them
     * @param onlyNewest    only the range's newest commit fails
     * @param merges        the range holds a merge commit
     * @param baseLabel     the commit the branch grew from (the merge base) as a command should name it: a ref name
     *                      when it points there, else the hash
     * @param includeIsHead the range ends at HEAD
     * @param pushed        some of the range's commits were pushed, so a rewrite needs a forced push
     */
    public static FixPlan of(List<CommitCheck> failing, boolean onlyNewest, boolean merges, String baseLabel,
                             boolean includeIsHead, boolean pushed) {
        if (failing.isEmpty()) {
            return NONE;
        }
        List<String> commands = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean badAddress = failing.stream().anyMatch(CommitCheck::invalidAddress);
        Kind kind;
        if (onlyNewest) {
            kind = Kind.AMEND;
            commands.add(badAddress ? "git commit --amend --reset-author --signoff --no-edit" : "git commit --amend --signoff --no-edit");
        } else {
            kind = Kind.REBASE;
            String rebase = "git rebase --signoff" + (merges ? " --rebase-merges" : "") + " " + baseLabel;
            if (badAddress) {
                rebase = "git rebase --signoff" + (merges ? " --rebase-merges" : "")
                        + " --exec 'git commit --amend --no-edit --reset-author --signoff' " + baseLabel;
            }
            commands.add(rebase);
        }
        if (pushed) {
            commands.add(FORCE_PUSH);
        }
        if (badAddress) {
            notes.add("an address is not valid: set a real one first (git config user.email you@example.com); "
                    + "the command above then rewrites the author as well");
        }
        if (!includeIsHead) {
            notes.add("the range does not end at HEAD: check out the branch it ends at before running these commands");
        }
        List<String> remediation = new ArrayList<>();
        for (CommitCheck check : failing) {
            Commit commit = check.commit();
            remediation.add(remediationLine(commit.authorName(), commit.authorEmail(), commit.sha()));
        }
        return new FixPlan(kind, commands, remediation, notes);
    }

    /** The exact individual remediation text of dcoapp/app and cncf/dco2. */
    public static String remediationLine(String name, String email, String sha) {
        return "I, " + name + " <" + email + ">, hereby add my Signed-off-by to this commit: " + sha;
    }
}
