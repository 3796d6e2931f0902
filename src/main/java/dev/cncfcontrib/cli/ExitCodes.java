package dev.cncfcontrib.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every command, listed in {@code --help}. Each means one thing, so that a script can tell a
 * failing check from a bug: {@link ErrorReporter} maps every failure to one of them in one place.
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** A check ran and found a problem: commits without sign-off, a broken link, a pull request's failing checks. */
    public static final int CHECK_FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNKNOWN_PROJECT = 3;
    public static final int DATA_ERROR = 4;
    public static final int NETWORK_ERROR = 5;
    /**
     * A bug: an exception no layer expected. 70 is {@code EX_SOFTWARE} of BSD's {@code sysexits.h} ("an internal
     * software error has been detected"), the code other command-line tools also use for it; it stays clear of
     * 1, which CI scripts read as "the check failed", and of the codes a shell gives a signal (128 + n).
     */
    public static final int INTERNAL_ERROR = 70;
    public static final int CANCELLED = 130;

    /** The "Exit codes" section of every command's help. */
    static Map<String, String> help() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(" " + OK, "Success.");
        help.put(" " + CHECK_FAILED, "A check failed (check dco, check pr, doctor, links).");
        help.put(" " + USAGE, "Usage error: an unknown command or option, or a bad value.");
        help.put(" " + UNKNOWN_PROJECT, "Unknown project or group name.");
        help.put(" " + DATA_ERROR, "Catalog or data error: a file that is missing, malformed or of the wrong shape, or cannot be"
                + " written; not a git repository, not a valid range, or a repository the command will not change as it is.");
        help.put(" " + NETWORK_ERROR, "Network error.");
        help.put(" " + INTERNAL_ERROR, "Internal error: a bug in cncf-contrib (run again with --verbose and report it).");
        help.put(" " + CANCELLED, "Cancelled (Ctrl-C).");
        return help;
    }

    private ExitCodes() {
    }
}
