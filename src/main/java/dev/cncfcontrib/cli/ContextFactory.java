package dev.cncfcontrib.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Lets picocli build nested subcommands ({@code @Command(subcommands = ...)}) with the shared {@link Context}:
 * a class with a constructor taking a Context gets it; anything else (converters, candidates, providers) is
 * built by picocli's default factory.
 */
public final class ContextFactory implements IFactory {

    private final Context context;
    private final IFactory fallback = CommandLine.defaultFactory();

    public ContextFactory(Context context) {
        this.context = context;
    }

    /** Builds a top-level command; a failure here is a programming error, not something a user can fix. */
    public Object construct(Class<?> type) {
        try {
            return create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        // a scan, not getDeclaredConstructor(Context.class): its NoSuchMethodException builds a message with
        // streams, and picocli asks for every converter and provider at every start
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == Context.class) {
                constructor.setAccessible(true);
                try {
                    return type.cast(constructor.newInstance(context));
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        return fallback.create(type);
    }
}
