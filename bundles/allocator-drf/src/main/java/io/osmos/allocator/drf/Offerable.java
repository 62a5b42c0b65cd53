package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import java.util.Arrays;

/**
 * What one agent can offer in one role to one kind of framework, computed once per state of the
 * agent's free resources and reused for every framework of that kind. Reuse is what makes a refusal
 * filter check an identity comparison: a filter keeps the very instance that was refused.
 */
final class Offerable {
    final String role;
    final int strip;
    /** The agent's free resources this was computed from; compared by identity. */
    final Resources base;
    /** Unreserved resources and those reserved to the role or an ancestor (Mesos: allocatableTo). */
    final Resources allocatable;
    /** {@link #allocatable} without what the framework kind cannot take. */
    final Resources offer;
    private Breakdown breakdown;
    private Resources allocated;
    private Resources remainder;
    private int defaultVerdicts; // bit 1: allocatable checked, 2: its verdict, 4: offer checked, 8: its verdict
    /** Filter slots found to refuse all of {@link #offer}, as of {@link #refusedGeneration}. */
    private long[] refusedBy = Bits.NONE;
    private int refusedGeneration;

    Offerable(String role, int strip, Resources base) {
        this.role = role;
        this.strip = strip;
        this.base = base;
        this.allocatable = base.allocatableTo(role);
        this.offer = strip(allocatable, strip);
    }

    boolean matches(String otherRole, int otherStrip, Resources available) {
        return base == available && strip == otherStrip && role.equals(otherRole);
    }

    Breakdown breakdown(ResourceNames names, int[] scalarNames) {
        if (breakdown == null) {
            breakdown = Breakdown.of(offer, names, scalarNames);
        }
        return breakdown;
    }

    /** The offer with its allocation role, as handed to the master; the same instance every time. */
    Resources allocated() {
        if (allocated == null) {
            allocated = offer.allocate(role);
        }
        return allocated;
    }

    /** What the agent has free once the whole offer is taken; the same instance every time. */
    Resources remainder() {
        if (remainder == null) {
            remainder = base.minus(offer);
        }
        return remainder;
    }

    /** Whether {@code free} is what the agent had left right after this whole offer was taken. */
    boolean leftAfterOffer(Resources free) {
        return remainder != null && remainder == free;
    }

    /** Whether {@code resources} are this offer, as handed out, coming back. */
    boolean isAllocated(Resources resources) {
        return allocated == resources;
    }

    /** Whether the master-wide minimum allows the allocatable part, worked out once. */
    boolean defaultAllowsAllocatable(MinAllocatable minimum) {
        if ((defaultVerdicts & 1) == 0) {
            defaultVerdicts |= 1 | (minimum.allowsByDefault(allocatable) ? 2 : 0);
        }
        return (defaultVerdicts & 2) != 0;
    }

    /** Whether the master-wide minimum allows the stripped offer, worked out once. */
    boolean defaultAllowsOffer(MinAllocatable minimum) {
        if ((defaultVerdicts & 4) == 0) {
            defaultVerdicts |= 4 | (minimum.allowsByDefault(offer) ? 8 : 0);
        }
        return (defaultVerdicts & 8) != 0;
    }

    /**
     * Whether a filter of this slot refuses all of {@link #offer}. The answer is kept per slot until a
     * filter on the agent goes: a walk past a thousand frameworks that refused the agent then reads a
     * few words here instead of probing the filter table a thousand times.
     */
    boolean refusedBy(int slot, AgentFilters filters) {
        if (knownRefusedBy(slot, filters)) {
            return true;
        }
        if (!filters.filtered(slot, offer)) {
            return false;
        }
        refusedBy = Bits.with(refusedBy, slot);
        return true;
    }

    /** A filter of this slot was just added for exactly {@link #offer}: the next walk need not look it up. */
    void refusedNow(int slot, AgentFilters filters) {
        refusedBy = Bits.with(knownRefused(filters), slot);
    }

    /** Whether a filter of this slot was already found to refuse all of {@link #offer}, and still stands. */
    boolean knownRefusedBy(int slot, AgentFilters filters) {
        return Bits.has(knownRefused(filters), slot);
    }

    /**
     * The slots already found to refuse all of {@link #offer}, as bits, forgotten once a filter on the
     * agent goes; valid until the next {@link #refusedBy}. The caller must not change the array.
     */
    long[] knownRefused(AgentFilters filters) {
        if (refusedGeneration != filters.generation()) {
            refusedGeneration = filters.generation();
            Arrays.fill(refusedBy, 0L);
        }
        return refusedBy;
    }

    private static Resources strip(Resources resources, int strip) {
        Resources kept = resources;
        if ((strip & 1) != 0) {
            kept = kept.nonRevocable();
        }
        if ((strip & 2) != 0) {
            kept = kept.nonShared();
        }
        // Old frameworks cannot read refined reservations, so Mesos hides those from them.
        if ((strip & 4) != 0 && !kept.reserved().isEmpty()) {
            kept = kept.filter(resource -> resource.getReservationsCount() <= 1);
        }
        return kept;
    }
}
