package io.osmos.agent.containerizer;

import io.osmos.api.Modules;
import io.osmos.api.isolator.Isolator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Isolator services present right now, by their {@code osmos.module.name}. Declarative Services
 * adds and removes them from its own threads at any time; the containerizer picks the ones
 * {@code --isolation} names when it launches or recovers a container. When two services claim one
 * name, the first one stays in use until it goes.
 */
public final class Isolators {
    private static final Logger LOG = LoggerFactory.getLogger(Isolators.class);

    private final Map<String, Isolator> byName = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** @throws IllegalArgumentException when the name is blank */
    public void add(String name, Isolator isolator) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An Isolator service needs the " + Modules.NAME
                    + " property to be selectable by --isolation");
        }
        Isolator previous = byName.putIfAbsent(name, isolator);
        if (previous != null && previous != isolator) {
            LOG.warn("Ignoring a second isolator named '{}': the first one stays in use", name);
        }
        listeners.forEach(Runnable::run);
    }

    public void remove(String name, Isolator isolator) {
        if (name != null) {
            byName.remove(name, isolator);
        }
    }

    /**
     * The isolators with these names, in this order.
     *
     * @throws IllegalStateException naming the first one that is not there
     */
    public List<NamedIsolator> select(List<String> names) {
        List<NamedIsolator> selected = new ArrayList<>(names.size());
        for (String name : names) {
            Isolator isolator = byName.get(name);
            if (isolator == null) {
                throw new IllegalStateException(missing(name));
            }
            selected.add(new NamedIsolator(name, isolator));
        }
        return selected;
    }

    /** Completes once every named isolator is present; never fails. */
    public CompletableFuture<Void> await(Collection<String> names) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Runnable check = () -> {
            if (byName.keySet().containsAll(names)) {
                ready.complete(null);
            }
        };
        listeners.add(check);
        ready.whenComplete((ignored, failure) -> listeners.remove(check));
        check.run();
        return ready;
    }

    /** The names of the isolators that are not present right now. */
    public List<String> absent(Collection<String> names) {
        return names.stream().filter(n -> !byName.containsKey(n)).toList();
    }

    static String missing(String name) {
        return "Isolator '" + name + "' named in --isolation is not available: no Isolator service with "
                + Modules.NAME + "=" + name + " is registered";
    }
}
