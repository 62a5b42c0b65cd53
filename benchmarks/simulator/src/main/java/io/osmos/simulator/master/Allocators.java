package io.osmos.simulator.master;

import io.osmos.api.allocator.Allocator;
import java.util.Map;

/**
 * Allocators by their {@code osmos.module.name}. They are made by class name so the simulator builds
 * and runs whichever allocator modules are on the class path.
 */
public final class Allocators {
    private static final Map<String, String> CLASSES = Map.of(
            "random", "io.osmos.allocator.random.RandomAllocator",
            "hierarchical", "io.osmos.allocator.drf.DrfAllocator",
            "drf", "io.osmos.allocator.drf.DrfAllocator");

    private Allocators() {
    }

    /** @throws IllegalArgumentException naming the known allocators, or what is missing from the class path */
    public static Allocator create(String name) {
        String className = CLASSES.get(name);
        if (className == null) {
            throw new IllegalArgumentException("Unknown allocator '" + name + "': expected one of "
                    + new java.util.TreeSet<>(CLASSES.keySet()));
        }
        try {
            return (Allocator) Class.forName(className).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Allocator '" + name + "' needs " + className
                    + " on the class path; is its module built?", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create allocator '" + name + "' (" + className + "): " + e, e);
        }
    }
}
