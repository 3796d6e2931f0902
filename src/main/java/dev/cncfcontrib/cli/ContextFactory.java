package dev.cncfcontrib.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Builds a top-level command from its class (see {@link Subcommands}) with the shared {@link Context}. Classes and
 * reflection rather than constructor references: each method reference costs an invokedynamic bootstrap at
 * start-up, for every command, used or not.
 */
public final class ContextFactory {

    private final Context context;

    public ContextFactory(Context context) {
        this.context = context;
    }

    /** A failure here is a programming error (no constructor taking a Context), not something a user can fix. */
    public CliCommand construct(Class<? extends CliCommand> type) {
        // a scan, not getDeclaredConstructor(Context.class): its NoSuchMethodException builds a message with streams
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == Context.class) {
                constructor.setAccessible(true);
                try {
                    return type.cast(constructor.newInstance(context));
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause
                            : new IllegalStateException("cannot build " + type.getName(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot build " + type.getName(), e);
                }
            }
        }
        throw new IllegalStateException(type.getName() + " has no constructor taking a Context");
    }
}
