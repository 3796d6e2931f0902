package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Identified;

/**
 * One result of {@code doctor}: what was checked, how it went, and the command that fixes it (null when nothing
 * needs fixing).
 */
public record Finding(Level level, String check, String message, String fix) {

    /** How serious a finding is: a problem will make a pull request bounce, a warning may. */
    public enum Level implements Identified {
        OK, WARNING, PROBLEM
    }

    static Finding ok(String check, String message) {
        return new Finding(Level.OK, check, message, null);
    }

    static Finding warning(String check, String message, String fix) {
        return new Finding(Level.WARNING, check, message, fix);
    }

    static Finding problem(String check, String message, String fix) {
        return new Finding(Level.PROBLEM, check, message, fix);
    }
}
