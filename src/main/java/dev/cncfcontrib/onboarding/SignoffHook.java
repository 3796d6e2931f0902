package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.files.AtomicFiles;
import dev.cncfcontrib.git.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A {@code prepare-commit-msg} hook that adds the committer's {@code Signed-off-by} to every commit, since git has
 * no setting that makes {@code git commit} sign off. It lives where git looks for hooks ({@code core.hooksPath}
 * honoured), never replaces a hook it did not write (it can keep that hook and run it first), and removes itself
 * cleanly.
 */
public final class SignoffHook {

    /** The hook's name in the hooks directory. */
    public static final String NAME = "prepare-commit-msg";
    /** Where a hook that was there before is kept when chained. */
    public static final String CHAINED_NAME = NAME + ".before-cncf-contrib";
    static final String MARKER = "# cncf-contrib sign-off hook";

    /** The outcome of an install or uninstall, for the message. */
    public enum Outcome { INSTALLED, UPDATED, ALREADY_INSTALLED, CHAINED, FOREIGN_HOOK, REMOVED, RESTORED, NOT_INSTALLED }

    private final Path hooks;

    public SignoffHook(Path hooksDirectory) {
        this.hooks = hooksDirectory;
    }

    public static SignoffHook of(Repository repository) {
        return new SignoffHook(repository.hooksDirectory());
    }

    public Path path() {
        return hooks.resolve(NAME);
    }

    /** True when the hook in place is this program's. */
    public boolean installed() {
        return isOurs(path());
    }

    /**
     * Installs the hook. A hook that is not ours is kept and run first when {@code chain} is true, else left alone
     * ({@link Outcome#FOREIGN_HOOK}).
     */
    public Outcome install(boolean chain) throws IOException {
        Path hook = path();
        if (Files.exists(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !isOurs(hook)) {
            if (!chain) {
                return Outcome.FOREIGN_HOOK;
            }
            Path kept = hooks.resolve(CHAINED_NAME);
            if (Files.exists(kept, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Outcome.FOREIGN_HOOK; // a second foreign hook would overwrite the one kept before
            }
            Files.move(hook, kept, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.writeExecutable(hook, script());
            return Outcome.CHAINED;
        }
        if (isOurs(hook)) {
            if (Files.readString(hook, StandardCharsets.UTF_8).equals(script())) {
                return Outcome.ALREADY_INSTALLED;
            }
            AtomicFiles.writeExecutable(hook, script());
            return Outcome.UPDATED;
        }
        AtomicFiles.writeExecutable(hook, script());
        return Outcome.INSTALLED;
    }

    /** Removes the hook if it is ours, and puts back a hook it had chained. */
    public Outcome uninstall() throws IOException {
        Path hook = path();
        if (!Files.exists(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Outcome.NOT_INSTALLED;
        }
        if (!isOurs(hook)) {
            return Outcome.FOREIGN_HOOK;
        }
        Path kept = hooks.resolve(CHAINED_NAME);
        if (Files.exists(kept, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.move(kept, hook, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Outcome.RESTORED;
        }
        Files.delete(hook);
        return Outcome.REMOVED;
    }

    private static boolean isOurs(Path hook) {
        if (!Files.isRegularFile(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            byte[] head = new byte[256];
            int n;
            try (var in = Files.newInputStream(hook)) {
                n = in.readNBytes(head, 0, head.length);
            }
            return new String(head, 0, n, StandardCharsets.UTF_8).contains(MARKER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The hook: runs a chained hook first (as git would have), then adds the committer's identity as a trailer
     * unless that exact trailer is already there, the way {@code git commit -s} does.
     */
    static String script() {
        return """
                #!/bin/sh
                %s (v1). Installed by 'cncf-contrib setup signoff';
                # remove it with 'cncf-contrib setup signoff --uninstall'. It adds your Signed-off-by to every commit,
                # like 'git commit -s': git has no setting for that.
                chained="$(dirname "$0")/%s"
                if [ -x "$chained" ]; then
                    "$chained" "$@" || exit $?
                fi
                ident=$(git var GIT_COMMITTER_IDENT) || exit 1
                signoff=$(printf '%%s\\n' "$ident" | sed -n 's/^\\(.*>\\).*$/\\1/p')
                [ -n "$signoff" ] || exit 0
                exec git interpret-trailers --in-place --if-exists addIfDifferent --trailer "Signed-off-by: $signoff" "$1"
                """.formatted(MARKER, CHAINED_NAME);
    }
}
