package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the allocator knows of one agent: its total and what each framework holds on it (offered or
 * in use, carrying allocation roles). Available is the total less the allocations; it and the sum of
 * the allocations are derived on first use after a change and kept until the next one, because an
 * allocation run asks every agent and most have not changed since the last run. Every change goes
 * through a method here, which drops both and tells the cluster. Touched only on the allocator's actor.
 */
final class Agent {
    final AgentID id;
    private final Map<FrameworkID, Resources> allocated = new LinkedHashMap<>();
    private final Consumer<Agent> onChange;
    private final ResourceMemo memo;
    private Resources total;
    private Resources heldSum; // null: derive again
    private Resources available; // null: derive again
    boolean active = true;
    /** The agent's MULTI_ROLE and HIERARCHICAL_ROLE; an agent added without capabilities has both. */
    boolean multiRole = true;
    boolean hierarchicalRole = true;

    /** @param onChange told after every change of the total or of what frameworks hold */
    Agent(AgentID id, Resources total, ResourceMemo memo, Consumer<Agent> onChange) {
        this.id = id;
        this.memo = memo;
        this.total = memo.unallocated(total);
        this.onChange = onChange;
        this.heldSum = Resources.EMPTY;
        this.available = this.total;
    }

    void capable(List<AgentInfo.Capability> capabilities) {
        multiRole = capabilities.stream().anyMatch(c -> c.getType() == AgentInfo.Capability.Type.MULTI_ROLE);
        hierarchicalRole = capabilities.stream()
                .anyMatch(c -> c.getType() == AgentInfo.Capability.Type.HIERARCHICAL_ROLE);
    }

    Resources total() {
        return total;
    }

    /** Unmodifiable; every change goes through this class so the derived sums stay right. */
    Map<FrameworkID, Resources> allocations() {
        return Collections.unmodifiableMap(allocated);
    }

    Resources allocatedTo(FrameworkID frameworkId) {
        return allocated.getOrDefault(frameworkId, Resources.EMPTY);
    }

    /** Everything held by frameworks, without allocation roles, comparable with the total. */
    Resources allocatedSum() {
        Resources sum = heldSum;
        if (sum == null) {
            sum = Resources.EMPTY;
            for (Resources held : allocated.values()) {
                sum = sum.plus(held.unallocated());
            }
            heldSum = sum;
        }
        return sum;
    }

    Resources available() {
        Resources free = available;
        if (free == null) {
            free = total.minus(allocatedSum());
            available = free;
        }
        return free;
    }

    /**
     * Records resources as held by a framework, resource by resource, as far as they fit in what is
     * available; what does not fit is returned so the caller can report it. Seeds from a master can
     * disagree with a total (an agent that shrank while a swap was seeding), and counting them anyway
     * would make the agent look over-committed forever.
     */
    Resources track(FrameworkID frameworkId, Resources resources) {
        Resources free = available();
        Resources plain = memo.unallocated(resources); // a seed repeats a few shapes of held resources
        Resources rest = memo.rest(free, plain);
        if (rest != null) {
            // All of it fits, which is the rule: the sums move by what was taken, and need no recount.
            if (!resources.isEmpty()) {
                Resources sum = heldSum;
                allocated.merge(frameworkId, resources, Resources::plus);
                changed();
                available = rest;
                heldSum = sum == null ? null : sum.plus(plain);
            }
            return Resources.EMPTY;
        }
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
            changed();
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
        changed();
    }

    void forget(FrameworkID frameworkId) {
        if (allocated.remove(frameworkId) != null) {
            changed();
        }
    }

    /**
     * Takes a new total; allocations are re-fitted into it, and what no longer fits is returned.
     */
    Resources resize(Resources newTotal) {
        Map<FrameworkID, Resources> previous = new LinkedHashMap<>(allocated);
        allocated.clear();
        total = memo.unallocated(newTotal);
        changed();
        heldSum = Resources.EMPTY;
        available = total;
        Resources rejected = Resources.EMPTY;
        for (Map.Entry<FrameworkID, Resources> entry : previous.entrySet()) {
            rejected = rejected.plus(track(entry.getKey(), entry.getValue()));
        }
        return rejected;
    }

    /** Converts available or held resources in place: {@code consumed} leaves the total, {@code converted} joins it. */
    void convertTotal(Resources consumed, Resources converted) {
        total = total.minus(consumed).plus(converted);
        changed();
    }

    void replaceAllocation(FrameworkID frameworkId, Resources held) {
        if (held.isEmpty()) {
            allocated.remove(frameworkId);
        } else {
            allocated.put(frameworkId, held);
        }
        changed();
    }

    private void changed() {
        heldSum = null;
        available = null;
        onChange.accept(this);
    }
}
