package dev.cncfcontrib.git;

import java.nio.charset.StandardCharsets;

/**
 * What one git process returned: its exit code, its standard output as bytes (machine formats are parsed from
 * these) and its standard error as text (quoted in error messages only).
 */
public record GitResult(int exitCode, byte[] stdout, String stderr) {

    public boolean ok() {
        return exitCode == 0;
    }

    /** Standard output as UTF-8 without the final newline git adds to one-value answers. */
    public String text() {
        String text = new String(stdout, StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** The first line of standard error, for a one-line message. */
    public String firstErrorLine() {
        String trimmed = stderr.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
