package dev.cncfcontrib.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every command, listed in {@code --help}. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNKNOWN_PROJECT = 3;
    public static final int DATA_ERROR = 4;
    public static final int NETWORK_ERROR = 5;
    public static final int CANCELLED = 130;

    /** The "Exit codes" section of every command's help. */
    static Map<String, String> help() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(" " + OK, "Success.");
        help.put(" " + CHECK_FAILED, "A check failed, or an unexpected internal error (run again with --verbose).");
        help.put(" " + USAGE, "Usage error: an unknown command or option, or a bad value.");
        help.put(" " + UNKNOWN_PROJECT, "Unknown project or group name.");
        help.put(" " + DATA_ERROR, "Catalog or data error: the file is missing, malformed or of the wrong shape; not a git repository or not a valid range.");
        help.put(" " + NETWORK_ERROR, "Network error.");
        help.put(" " + CANCELLED, "Cancelled (Ctrl-C).");
        return help;
    }

    private ExitCodes() {
    }
}
