package io.osmos.master;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import io.osmos.master.core.Master;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.ComponentServiceObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every registered allocator service, and the choice among them: the one whose properties match
 * {@code (osmos.module.name=<allocator>)}, highest service.ranking first. When the choice changes,
 * a fresh instance of the prototype service is handed to the master, which seeds it and swaps it in.
 */
final class AllocatorCandidates {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorCandidates.class);
    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::ranking)
            .thenComparing(Comparator.comparingLong(Candidate::serviceId).reversed());

    private record Candidate(long serviceId, int ranking, String name, ComponentServiceObjects<Allocator> objects,
            Map<String, ?> properties) {
    }

    private final Map<Long, Candidate> candidates = new HashMap<>();
    private Master master;
    private String wanted;
    private Filter filter;
    private Candidate chosen;
    private Allocator instance;

    synchronized void add(ComponentServiceObjects<Allocator> objects, Map<String, ?> properties) {
        long id = (Long) properties.get(Constants.SERVICE_ID);
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        candidates.put(id, new Candidate(id, ranking, String.valueOf(properties.get(Modules.NAME)), objects,
                Map.copyOf(properties)));
        reselect(false);
    }

    synchronized void remove(Map<String, ?> properties) {
        Candidate gone = candidates.remove((Long) properties.get(Constants.SERVICE_ID));
        if (gone != null && gone == chosen) {
            master.dropAllocator(instance);
            chosen = null;
            instance = null;
        }
        reselect(false);
    }

    /** Starts choosing for this master. */
    synchronized void attach(Master target, String name) {
        master = target;
        want(name, false);
    }

    /** Chooses by a (new) name; {@code fresh} swaps in a new instance even if the choice is unchanged. */
    synchronized void want(String name, boolean fresh) {
        try {
            filter = FrameworkUtil.createFilter(Modules.filter(name));
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("allocator '" + name + "' cannot be selected: " + e.getMessage(), e);
        }
        wanted = name;
        reselect(fresh);
    }

    /** Stops choosing; the master releases the instance in use when it stops. */
    synchronized void detach() {
        master = null;
        chosen = null;
        instance = null;
    }

    private void reselect(boolean fresh) {
        if (master == null) {
            return;
        }
        Candidate best = candidates.values().stream().filter(c -> filter.matches(c.properties))
                .max(PREFERENCE).orElse(null);
        if (best == null) {
            LOG.warn("No allocator named '{}' is registered{}", wanted, chosen == null
                    ? "; no offers are made until one is" : "; allocator '" + chosen.name + "' stays in use");
            return;
        }
        if (best == chosen && !fresh) {
            return;
        }
        Allocator next = best.objects.getService();
        Candidate before = chosen;
        Allocator beforeInstance = instance;
        chosen = best;
        instance = next;
        master.installAllocator(best.name, next, () -> unget(best, next)).thenAccept(started -> {
            if (!started) {
                restore(next, before, beforeInstance);
            }
        });
    }

    private synchronized void restore(Allocator failed, Candidate before, Allocator beforeInstance) {
        if (instance == failed) {
            chosen = before;
            instance = beforeInstance;
        }
    }

    private static void unget(Candidate candidate, Allocator allocator) {
        try {
            candidate.objects.ungetService(allocator);
        } catch (IllegalStateException | IllegalArgumentException alreadyGone) {
            // the service was unregistered meanwhile and DS has released it already
        }
    }
}
