package dev.cncfcontrib.cli;

import dev.cncfcontrib.text.Style;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where commands write, and what kind of screen is on the other end. Commands never touch System.out: tests
 * hand in string writers and say whether to pretend to be a terminal.
 *
 * @param terminal true when stdout is a terminal a person reads (tables fit its width, colour allowed)
 * @param width    columns of that terminal, or 0 when unknown or not a terminal (no truncation)
 * @param style    colours, already switched off for pipes, {@code NO_COLOR} and {@code TERM=dumb}
 */
public record Io(PrintWriter out, PrintWriter err, boolean terminal, int width, Style style) {

    /** The process's own streams, always UTF-8 (JSON requires it and terminals today expect it). */
    public static Io system(Map<String, String> env) {
        // the composition root checks stdout at the end: a full disk must not pass for success
        PrintWriter out = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8)), true);
        // System.console() is non-null only when stdin and stdout are both terminals: the cheap check Java 17
        // offers without native code. A pipe on either side means output is read by a program.
        boolean terminal = System.console() != null;
        return new Io(out, err, terminal, terminal ? widthFrom(env) : 0, new Style(colourWanted(env, terminal)));
    }

    static int widthFrom(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                int width = Integer.parseInt(columns.trim());
                if (width >= 20 && width <= 1000) {
                    return width;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the classic default
            }
        }
        return 80;
    }

    /** The conventions of no-color.org and bixense.com/clicolors. */
    static boolean colourWanted(Map<String, String> env, boolean terminal) {
        if (env.get("NO_COLOR") != null && !env.get("NO_COLOR").isEmpty()) {
            return false;
        }
        String force = env.get("CLICOLOR_FORCE");
        if (force != null && !force.isEmpty() && !force.equals("0")) {
            return true;
        }
        return terminal && !"dumb".equals(env.get("TERM")) && !"0".equals(env.get("CLICOLOR"));
    }
}
