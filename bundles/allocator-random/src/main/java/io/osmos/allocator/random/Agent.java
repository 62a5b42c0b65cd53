package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the allocator knows of one agent: its total and what each framework holds on it (offered or
 * in use, carrying allocation roles). Available is never stored: it is the total less the allocations,
 * so the two can never drift apart. Touched only on the allocator's actor.
 */
final class Agent {
    final AgentID id;
    private final Map<FrameworkID, Resources> allocated = new LinkedHashMap<>();
    private Resources total;
    boolean active = true;

    Agent(AgentID id, Resources total) {
        this.id = id;
        this.total = total.unallocated();
    }

    Resources total() {
        return total;
    }

    Map<FrameworkID, Resources> allocations() {
        return allocated;
    }

    Resources allocatedTo(FrameworkID frameworkId) {
        return allocated.getOrDefault(frameworkId, Resources.EMPTY);
    }

    /** Everything held by frameworks, without allocation roles, comparable with the total. */
    Resources allocatedSum() {
        Resources sum = Resources.EMPTY;
        for (Resources held : allocated.values()) {
            sum = sum.plus(held.unallocated());
        }
        return sum;
    }

    Resources available() {
        return total.minus(allocatedSum());
    }

    /**
     * Records resources as held by a framework, resource by resource, as far as they fit in what is
     * available; what does not fit is returned so the caller can report it. Seeds from a master can
     * disagree with a total (an agent that shrank while a swap was seeding), and counting them anyway
     * would make the agent look over-committed forever.
     */
    Resources track(FrameworkID frameworkId, Resources resources) {
        Resources free = available();
        Resources kept = Resources.EMPTY;
        Resources rejected = Resources.EMPTY;
        for (Resource resource : resources) {
            Resources one = Resources.of(resource);
            if (free.contains(one.unallocated())) {
                free = free.minus(one.unallocated());
                kept = kept.plus(one);
            } else {
                rejected = rejected.plus(one);
            }
        }
        if (!kept.isEmpty()) {
            allocated.merge(frameworkId, kept, Resources::plus);
        }
        return rejected;
    }

    /** Returns a framework's resources to available; resources it does not hold are ignored. */
    void untrack(FrameworkID frameworkId, Resources resources) {
        Resources held = allocated.get(frameworkId);
        if (held == null) {
            return;
        }
        Resources rest = held.minus(resources);
        if (rest.isEmpty()) {
            allocated.remove(frameworkId);
        } else {
            allocated.put(frameworkId, rest);
        }
    }

    void forget(FrameworkID frameworkId) {
        allocated.remove(frameworkId);
    }

    /**
     * Takes a new total; allocations are re-fitted into it, and what no longer fits is returned.
     */
    Resources resize(Resources newTotal) {
        Map<FrameworkID, Resources> previous = new LinkedHashMap<>(allocated);
        allocated.clear();
        total = newTotal.unallocated();
        Resources rejected = Resources.EMPTY;
        for (Map.Entry<FrameworkID, Resources> entry : previous.entrySet()) {
            rejected = rejected.plus(track(entry.getKey(), entry.getValue()));
        }
        return rejected;
    }

    /** Converts available or held resources in place: {@code consumed} leaves the total, {@code converted} joins it. */
    void convertTotal(Resources consumed, Resources converted) {
        total = total.minus(consumed).plus(converted);
    }

    void replaceAllocation(FrameworkID frameworkId, Resources held) {
        if (held.isEmpty()) {
            allocated.remove(frameworkId);
        } else {
            allocated.put(frameworkId, held);
        }
    }
}
