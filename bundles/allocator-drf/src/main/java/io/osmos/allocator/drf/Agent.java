package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the allocator knows of one agent: its total, what each framework holds there (offered or in
 * use, carrying allocation roles), what is free, and its refusal filters. Touched only on the actor.
 */
final class Agent {
    private static final int CACHED_OFFERS = 4;

    final AgentID id;
    /** Unique per agent and allocator; the random order of a run is drawn from it. */
    final long serial;
    final Map<FrameworkID, Resources> allocations = new HashMap<>();
    final AgentFilters filters = new AgentFilters();
    /** Tells the allocator this agent needs a visit; called once until the next run takes note. */
    private final Consumer<Agent> onChange;
    boolean awake;
    boolean removed;
    AgentInfo info;
    /** The agent's MULTI_ROLE, read on every offer: a flag here rather than behind another object. */
    boolean multiRole = true;
    AgentCapabilities capabilities = AgentCapabilities.ALL;
    boolean active = true;
    /** Position in the allocator's list of agents, for removal without a search. */
    int position;
    /** The {@link Changes#stamp()} at which a visit found nothing to offer here; -1 when it did. */
    long quietAt = -1;
    /** Moves on every change to the agent; a run compares it before and after its visits. */
    long version;
    /**
     * The {@link #version} and {@link Changes#seekers()} at which a full visit found that every framework
     * had refused all the agent could offer it; -1 when none did. Unlike {@link #quietAt}, this survives
     * changes of quota and headroom, which only ever cut offers.
     */
    long refusedAtVersion = -1;
    long refusedAtSeekers = -1;
    /** Scratch of the current run: {@link #onlyChanged} lists the frameworks changed since that refusal. */
    boolean refusedBefore;
    // Scratch of the current allocation run.
    long versionAtRunStart;
    long stampAfterQuotaStage;
    /** When only some frameworks changed since the agent went quiet: those; null for a full visit. */
    Map<Role, List<FrameworkRole>> onlyChanged;
    private Resources total;
    private Breakdown totalBreakdown;
    private int[] scalarNames;
    private Resources available;
    private boolean gpus;
    private final Offerable[] offerables = new Offerable[CACHED_OFFERS];
    private int nextOfferable;

    Agent(AgentID id, long serial, AgentInfo info, Shapes.Total total, Consumer<Agent> onChange) {
        this.id = id;
        this.serial = serial;
        this.onChange = onChange;
        this.info = info;
        setTotal(total);
        this.available = this.total; // setTotal has already woken the new agent
    }

    Resources total() {
        return total;
    }

    Breakdown totalBreakdown() {
        return totalBreakdown;
    }

    Resources available() {
        return available;
    }

    int[] scalarNames() {
        return scalarNames;
    }

    boolean hasGpus() {
        return gpus;
    }

    /** Sets the total; the caller fixes {@link #available} and the allocations to match. */
    void setTotal(Shapes.Total newTotal) {
        total = newTotal.total();
        totalBreakdown = newTotal.breakdown();
        scalarNames = newTotal.scalarNames();
        gpus = newTotal.gpus();
        changed();
    }

    /**
     * Sets what is free. When the agent returns to the free resources of its previous state (a decline
     * gives back what the offer took), the previous instance is kept: cached offers and the filters
     * that refused them then still match by identity.
     */
    void setAvailable(Resources free) {
        Resources previous = available;
        available = free;
        for (Offerable offerable : offerables) {
            if (offerable != null && offerable.base != previous && offerable.base.equals(free)) {
                available = offerable.base;
                break;
            }
        }
        changed();
    }

    /** The scalar amounts of resources on this agent, split for the sorters and quota. */
    Breakdown breakdown(Resources resources, ResourceNames names) {
        return Breakdown.of(resources, names, scalarNames);
    }

    /** The cached offer these resources were handed out as, or null. */
    Offerable handedOutAs(Resources resources) {
        for (Offerable offerable : offerables) {
            if (offerable != null && offerable.isAllocated(resources)) {
                return offerable;
            }
        }
        return null;
    }

    /** The offerable resources for a role and kind of framework, from the per-agent cache. */
    Offerable offerable(String role, int strip) {
        for (Offerable offerable : offerables) {
            if (offerable != null && offerable.matches(role, strip, available)) {
                return offerable;
            }
        }
        Offerable computed = new Offerable(role, strip, available);
        offerables[nextOfferable] = computed;
        nextOfferable = (nextOfferable + 1) % CACHED_OFFERS;
        return computed;
    }

    /**
     * A filter of {@code slot} was just added for {@code refused}: the cached offers that are exactly
     * those resources know it at once, so the next run passes the framework by without a table probe.
     */
    void refusedNow(int slot, Resources refused) {
        for (Offerable offerable : offerables) {
            if (offerable != null && offerable.offer == refused) {
                offerable.refusedNow(slot, filters);
            }
        }
    }

    /** The canonical instance of refused resources equal to a cached offer, for identity checks. */
    Resources canonical(Resources refused) {
        for (Offerable offerable : offerables) {
            if (offerable != null && offerable.offer.equals(refused)) {
                return offerable.offer;
            }
        }
        return refused;
    }

    Resources allocatedTo(FrameworkID frameworkId) {
        return allocations.getOrDefault(frameworkId, Resources.EMPTY);
    }

    void changed() {
        quietAt = -1;
        version++;
        if (!awake) {
            awake = true;
            onChange.accept(this);
        }
    }

    @Override
    public String toString() {
        return id.getValue();
    }
}
