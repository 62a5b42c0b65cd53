package io.osmos.benchmarks.swap;

import io.osmos.allocator.drf.DrfAllocator;
import io.osmos.allocator.random.RandomAllocator;
import io.osmos.api.allocator.Allocator;
import java.lang.reflect.Method;

/**
 * The built-in allocators as plain objects, outside OSGi: a fresh instance by module name, and its
 * release, which is what Declarative Services does when the master ungets a prototype service.
 */
final class RealAllocators {
    static final String RANDOM = "random";
    static final String HIERARCHICAL = "hierarchical";

    private RealAllocators() {
    }

    static Allocator create(String name) {
        return switch (name) {
            case RANDOM -> new RandomAllocator();
            case HIERARCHICAL -> new DrfAllocator();
            default -> throw new IllegalArgumentException("No allocator named '" + name + "'; use " + RANDOM + " or "
                    + HIERARCHICAL);
        };
    }

    /** Calls the component's deactivate method, which stops the allocator's actor and timers. */
    static void release(Allocator allocator) {
        try {
            Method deactivate = allocator.getClass().getDeclaredMethod("deactivate");
            deactivate.setAccessible(true);
            deactivate.invoke(allocator);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot deactivate " + allocator.getClass().getName(), e);
        }
    }
}
