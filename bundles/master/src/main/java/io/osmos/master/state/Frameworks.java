package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Frameworks the master knows, and the ones it removed (which may never subscribe again). */
public final class Frameworks {
    // Mesos keeps this many removed frameworks for the operator to look at.
    private static final int MAX_COMPLETED = 50;

    private final Map<FrameworkID, FrameworkEntry> byId = new LinkedHashMap<>();
    private final Deque<FrameworkEntry> completed = new ArrayDeque<>();
    private final Set<FrameworkID> removedIds = new HashSet<>();

    public void add(FrameworkEntry framework) {
        byId.put(framework.id(), framework);
    }

    /** The framework, or null when it is unknown or removed. */
    public FrameworkEntry get(FrameworkID id) {
        return byId.get(id);
    }

    public Collection<FrameworkEntry> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public void remove(FrameworkEntry framework) {
        if (byId.remove(framework.id()) == framework) {
            removedIds.add(framework.id());
            if (completed.size() >= MAX_COMPLETED) {
                completed.removeFirst();
            }
            completed.addLast(framework);
        }
    }

    public boolean isRemoved(FrameworkID id) {
        return removedIds.contains(id);
    }

    public List<FrameworkEntry> completed() {
        return List.copyOf(completed);
    }
}
