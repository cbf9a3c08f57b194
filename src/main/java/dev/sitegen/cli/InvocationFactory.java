package dev.sitegen.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates picocli's command and option objects for one {@link Invocation}: a class with a constructor that
 * takes one gets it (so each command line's objects know their caller's folder and environment, and no static
 * holds it); everything else as picocli's default factory would.
 */
final class InvocationFactory implements CommandLine.IFactory {

    private final Invocation invocation;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    InvocationFactory(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withInvocation;
        try {
            withInvocation = type.getDeclaredConstructor(Invocation.class);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
        return withInvocation.newInstance(invocation);
    }
}
