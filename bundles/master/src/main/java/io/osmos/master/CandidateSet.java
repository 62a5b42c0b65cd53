package io.osmos.master;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The registered allocator services by service id, and which of them threw while in use. A faulted
 * service is passed over when choosing until it is registered anew or asked for by name. Guarded by
 * its owner's lock.
 */
final class CandidateSet {
    private static final Comparator<AllocatorCandidate> PREFERENCE = Comparator
            .comparingInt(AllocatorCandidate::ranking)
            .thenComparing(Comparator.comparingLong(AllocatorCandidate::serviceId).reversed());

    private final Map<Long, AllocatorCandidate> candidates = new HashMap<>();
    private final Set<Long> faulted = new HashSet<>();

    void add(AllocatorCandidate candidate) {
        candidates.put(candidate.serviceId(), candidate);
    }

    /** Returns the candidate that was registered under the id, or null. */
    AllocatorCandidate remove(long serviceId) {
        faulted.remove(serviceId);
        return candidates.remove(serviceId);
    }

    void fault(AllocatorCandidate candidate) {
        faulted.add(candidate.serviceId());
    }

    /** Gives the services of this name another chance. */
    void forgive(String name) {
        faulted.removeIf(id -> candidates.containsKey(id) && candidates.get(id).named(name));
    }

    /** The preferred working service of this name (highest service.ranking, then oldest). */
    Optional<AllocatorCandidate> best(String name) {
        return healthy().filter(c -> c.named(name)).max(PREFERENCE);
    }

    /** The preferred working service of any name. */
    Optional<AllocatorCandidate> best() {
        return healthy().max(PREFERENCE);
    }

    /** Whether a service of this name is registered, faulted or not. */
    boolean registered(String name) {
        return candidates.values().stream().anyMatch(c -> c.named(name));
    }

    SortedSet<String> names() {
        SortedSet<String> names = new TreeSet<>();
        candidates.values().forEach(candidate -> names.add(candidate.name()));
        return names;
    }

    private Stream<AllocatorCandidate> healthy() {
        return candidates.values().stream().filter(c -> !faulted.contains(c.serviceId()));
    }
}
