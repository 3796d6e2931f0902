package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Identified;
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

    // what the settings say, applied to whichever picocli builder this is when the type is named
    private String label;
    private String[] description = {};
    private String arity;
    private String defaultValue;
    private String split;
    private boolean required;
    private boolean inherited;
    private Iterable<String> candidates;
    private ITypeConverter<?> converter;
    private ISetter setter;

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
        this.label = paramLabel;
        return this;
    }

    /** The help text; {@code ${COMPLETION-CANDIDATES}} and {@code ${DEFAULT-VALUE}} are filled in. */
    ArgBuilder description(String... lines) {
        this.description = lines;
        return this;
    }

    /** How many values: "0..1" makes a positional parameter optional. */
    ArgBuilder arity(String range) {
        this.arity = range;
        return this;
    }

    /** The value when the option is absent, written as on the command line. */
    ArgBuilder defaultValue(String value) {
        this.defaultValue = value;
        return this;
    }

    /** One argument may hold several values separated by this regular expression. */
    ArgBuilder split(String regex) {
        this.split = regex;
        return this;
    }

    ArgBuilder required() {
        this.required = true;
        return this;
    }

    /** Subcommands get the option too. */
    ArgBuilder inherited() {
        this.inherited = true;
        return this;
    }

    /** The words completion offers for the value. */
    ArgBuilder candidates(Iterable<String> words) {
        this.candidates = words;
        return this;
    }

    ArgBuilder converter(ITypeConverter<?> typeConverter) {
        this.converter = typeConverter;
        return this;
    }

    /**
     * The values are the ids of {@code type}, in any case: they convert what is typed, are offered by completion
     * and listed in help; {@code what} names a value in errors ("maturity level").
     */
    <E extends Enum<E> & Identified> ArgBuilder values(Class<E> type, String what) {
        Values.IdentifiedValues<E> values = new Values.IdentifiedValues<>(type, what);
        return converter(values).candidates(values);
    }

    /**
     * Hands each parsed value to {@code valueSetter} instead of keeping it: the root's options, which subcommands
     * inherit as copies sharing this setter, set the {@link Context} this way.
     */
    ArgBuilder bind(ISetter valueSetter) {
        this.setter = valueSetter;
        return this;
    }

    /** An option without a value: true when given. */
    Arg<Boolean> flag() {
        return add(boolean.class, null, Boolean.FALSE);
    }

    Arg<String> text() {
        return add(String.class, null, null);
    }

    Arg<Path> path() {
        if (converter == null) {
            converter = new FileNames.Converter();
        }
        return add(Path.class, null, null);
    }

    Arg<Integer> number() {
        return add(int.class, null, null);
    }

    /** A value of {@code type}, converted by the {@link #converter} or {@link #values} given. */
    <T> Arg<T> of(Class<T> type) {
        return add(type, null, null);
    }

    /** A repeatable option: every value given, in order, or an empty list. */
    <T> Arg<List<T>> listOf(Class<T> type) {
        return add(List.class, type, List.of());
    }

    @SuppressWarnings("unchecked")
    private <T> Arg<T> add(Class<?> type, Class<?> elementType, Object absent) {
        ArgSpec spec = option != null ? addOption(type, elementType) : addParameter(type, elementType);
        return new Arg<>(spec, (T) absent);
    }

    // The two picocli builders share their setters through a base class that picocli does not make public, so each
    // is given the settings in a chain of its own. Where a setting was not made, the chains pass picocli's own
    // default for "not set" (no split, local scope, no converter); the rest cannot be passed unset and are optional.

    private OptionSpec addOption(Class<?> type, Class<?> elementType) {
        option.type(type).description(description).required(required).defaultValue(defaultValue)
                .splitRegex(splitRegex()).scopeType(scopeType()).completionCandidates(candidates).converters(converters());
        if (label != null) {
            option.paramLabel(label);
        }
        if (arity != null) {
            option.arity(arity);
        }
        if (elementType != null) {
            option.auxiliaryTypes(elementType);
        }
        if (setter != null) {
            option.setter(setter);
        }
        OptionSpec built = option.build();
        command.addOption(built);
        return built;
    }

    private PositionalParamSpec addParameter(Class<?> type, Class<?> elementType) {
        if (inherited || setter != null) {
            throw new IllegalStateException("inherited() and bind() are for options, not the parameter " + label);
        }
        if (arity != null) {
            positional.arity(arity);
        }
        // as with @Parameters: a parameter is required unless its arity allows none
        positional.type(type).description(description).paramLabel(label).defaultValue(defaultValue)
                .splitRegex(splitRegex()).completionCandidates(candidates).converters(converters())
                .required(required || positional.arity() == null || positional.arity().min() > 0);
        if (elementType != null) {
            positional.auxiliaryTypes(elementType);
        }
        PositionalParamSpec built = positional.build();
        command.addPositional(built);
        return built;
    }

    private String splitRegex() {
        return split == null ? "" : split;
    }

    private ScopeType scopeType() {
        return inherited ? ScopeType.INHERIT : ScopeType.LOCAL;
    }

    private ITypeConverter<?>[] converters() {
        return converter == null ? new ITypeConverter<?>[0] : new ITypeConverter<?>[] {converter};
    }
}
