package dev.cncfcontrib.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * Declares one option or positional parameter of a {@link CliCommand}: the settings read like picocli's
 * {@code @Option} attributes, and the last call, which names the value's type ({@link #text()}, {@link #flag()},
 * {@link #of(Class)}...), adds it to the command and returns the typed {@link Arg} to read after parsing.
 */
final class ArgBuilder {

    private final CommandSpec command;
    /** Exactly one of these is set. */
    private final OptionSpec.Builder option;
    private final PositionalParamSpec.Builder positional;

    ArgBuilder(CommandSpec command, OptionSpec.Builder option) {
        this.command = command;
        this.option = option;
        this.positional = null;
    }

    ArgBuilder(CommandSpec command, PositionalParamSpec.Builder positional) {
        this.command = command;
        this.option = null;
        this.positional = positional;
    }

    /** The placeholder help shows for the value: {@code --output=FORMAT}. */
    ArgBuilder label(String paramLabel) {
        if (option != null) {
            option.paramLabel(paramLabel);
        } else {
            positional.paramLabel(paramLabel);
        }
        return this;
    }

    /** The help text; {@code ${COMPLETION-CANDIDATES}} and {@code ${DEFAULT-VALUE}} are filled in. */
    ArgBuilder description(String... lines) {
        if (option != null) {
            option.description(lines);
        } else {
            positional.description(lines);
        }
        return this;
    }

    /** How many values: "0..1" makes a positional parameter optional. */
    ArgBuilder arity(String range) {
        if (option != null) {
            option.arity(range);
        } else {
            positional.arity(range);
        }
        return this;
    }

    /** The value when the option is absent, written as on the command line. */
    ArgBuilder defaultValue(String value) {
        if (option != null) {
            option.defaultValue(value);
        } else {
            positional.defaultValue(value);
        }
        return this;
    }

    /** One argument may hold several values separated by this regular expression. */
    ArgBuilder split(String regex) {
        if (option != null) {
            option.splitRegex(regex);
        } else {
            positional.splitRegex(regex);
        }
        return this;
    }

    ArgBuilder required() {
        if (option != null) {
            option.required(true);
        } else {
            positional.required(true);
        }
        return this;
    }

    /** Subcommands get the option too. */
    ArgBuilder inherited() {
        if (option != null) {
            option.scopeType(ScopeType.INHERIT);
        } else {
            positional.scopeType(ScopeType.INHERIT);
        }
        return this;
    }

    /** The words completion offers for the value. */
    ArgBuilder candidates(Iterable<String> candidates) {
        if (option != null) {
            option.completionCandidates(candidates);
        } else {
            positional.completionCandidates(candidates);
        }
        return this;
    }

    ArgBuilder converter(ITypeConverter<?> converter) {
        if (option != null) {
            option.converters(converter);
        } else {
            positional.converters(converter);
        }
        return this;
    }

    /** A closed set of values, which converts what is typed and is offered by completion and listed in help. */
    <V extends ITypeConverter<?> & Iterable<String>> ArgBuilder values(V values) {
        return converter(values).candidates(values);
    }

    /**
     * Hands each parsed value to {@code setter} instead of keeping it: the root's options, which subcommands
     * inherit as copies sharing this setter, set the {@link Context} this way.
     */
    ArgBuilder bind(ISetter setter) {
        if (option != null) {
            option.setter(setter);
        } else {
            positional.setter(setter);
        }
        return this;
    }

    /** An option without a value: true when given. */
    Arg<Boolean> flag() {
        return add(boolean.class, Boolean.FALSE);
    }

    Arg<String> text() {
        return add(String.class, null);
    }

    Arg<Path> path() {
        return add(Path.class, null);
    }

    Arg<Integer> number() {
        return add(int.class, null);
    }

    /** A value of {@code type}, converted by the {@link #converter} or {@link #values} given. */
    <T> Arg<T> of(Class<T> type) {
        return add(type, null);
    }

    /** A repeatable option: every value given, in order, or an empty list. */
    <T> Arg<List<T>> listOf(Class<T> type) {
        if (option != null) {
            option.auxiliaryTypes(type);
        } else {
            positional.auxiliaryTypes(type);
        }
        return add(List.class, List.of());
    }

    @SuppressWarnings("unchecked")
    private <T> Arg<T> add(Class<?> type, Object absent) {
        if (option != null) {
            option.type(type);
        } else {
            positional.type(type);
        }
        ArgSpec spec;
        if (option != null) {
            OptionSpec built = option.build();
            command.addOption(built);
            spec = built;
        } else {
            // as with @Parameters: a parameter is required unless its arity allows none
            positional.required(positional.arity() == null || positional.arity().min() > 0);
            PositionalParamSpec built = positional.build();
            command.addPositional(built);
            spec = built;
        }
        return new Arg<>(spec, (T) absent);
    }
}
