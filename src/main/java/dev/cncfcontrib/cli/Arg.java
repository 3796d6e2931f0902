package dev.cncfcontrib.cli;

import picocli.CommandLine.Model.ArgSpec;

/** An option or positional parameter a {@link CliCommand} declared, and the value parsing gave it. */
final class Arg<T> {

    private final ArgSpec spec;
    private final T absent;

    Arg(ArgSpec spec, T absent) {
        this.spec = spec;
        this.absent = absent;
    }

    /** The option was on the command line (not merely defaulted). */
    boolean given() {
        return !spec.originalStringValues().isEmpty();
    }

    /** The value given, else the declared default, else null (false for a flag, an empty list for a list). */
    T value() {
        T value = spec.getValue();
        return value == null ? absent : value;
    }
}
