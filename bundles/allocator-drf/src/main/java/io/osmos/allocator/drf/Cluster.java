package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allocator's whole state for one {@code initialize}: agents, frameworks, the role tree and the
 * sorters, and the bookkeeping that keeps them consistent. Touched only on the allocator's actor.
 *
 * <p>{@link #changes} records whatever could turn a quiet agent (one where the last visit found nothing
 * to offer) into one worth visiting again without the agent itself changing: a framework wanting
 * offers anew, filters cleared, quota or headroom moved.
 */
final class Cluster {
    final ResourceNames names = new ResourceNames();
    final Shapes shapes = new Shapes(names);
    final Shares shares;
    final RoleTree roles = new RoleTree(names);
    final Sorter<Role> roleSorter;
    final Map<FrameworkID, Framework> frameworks = new LinkedHashMap<>();
    final Map<AgentID, Agent> agents = new HashMap<>();
    final List<Agent> agentList = new ArrayList<>();
    /** Agents holding resources of frameworks not added yet, by framework. */
    final Map<FrameworkID, List<Agent>> pending = new HashMap<>();
    /** Unreserved non-revocable scalars on all agents: the pool quota headroom comes from. */
    final Quantities unreservedTotal = new Quantities();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    private final List<FrameworkRole> bySlot = new ArrayList<>();
    final Changes changes = new Changes();
    long nextAgentSerial;
    /** The earliest expiry of any refusal filter, in nanoseconds; a run sweeps all agents once it passes. */
    long earliestExpiry = Long.MAX_VALUE;
    /** {@link Changes#stamp()} when the last run ended. */
    long stampAtLastRun = -1;
    /** Roles whose quota is not the default. */
    int quotaRoles;
    /** Roles with quota guarantees; while there are any, every allocation moves the headroom. */
    int guaranteeRoles;

    Cluster(Set<String> fairSharingExcludedNames) {
        shares = new Shares(names, fairSharingExcludedNames);
        roleSorter = new DrfSorter<>(shares);
    }

    /** Something changed that may matter to every framework on every agent. */
    void touch() {
        changes.global();
    }

    /** Something changed that matters to this framework's roles only. */
    void touch(Framework framework) {
        framework.tracked.values().forEach(changes::local);
    }

    /**
     * Totals, reservations or a role's frameworks changed. With guarantees set, that moves the headroom
     * every agent's offers are cut to, so no agent may stay quiet; and reservations count against
     * limits, so a change of them matters to the frameworks of roles with limits.
     */
    void quotaInputsChanged(boolean reservations) {
        if (guaranteeRoles > 0) {
            touch();
        } else if (reservations && quotaRoles > 0) {
            for (Role role : roles.all()) {
                if (!role.quota.limits.isEmpty()) {
                    role.members.forEach(changes::local);
                }
            }
        }
    }

    /**
     * What {@code role} holds changed. Besides the headroom, that moves what the role and its ancestors
     * may still take under their limits, which matters to their own frameworks only.
     */
    void quotaInputsChanged(Role role) {
        if (guaranteeRoles > 0) {
            touch();
            return;
        }
        for (Role current = role; current != null && quotaRoles > 0; current = current.parent) {
            if (!current.quota.limits.isEmpty()) {
                current.members.forEach(changes::local);
            }
        }
    }

    /** Tracks the framework under a role (Mesos: trackFrameworkUnderRole), once. */
    FrameworkRole track(Framework framework, String roleName) {
        FrameworkRole tracked = framework.tracked.get(roleName);
        if (tracked != null) {
            return tracked;
        }
        Role role = roles.obtain(roleName);
        if (role.frameworks++ == 0) {
            role.frameworkSorter = new DrfSorter<>(shares);
            roleSorter.add(role.name, role);
            roleSorter.activate(role.name);
        }
        Integer free = freeSlots.poll();
        tracked = new FrameworkRole(framework, role, free != null ? free : bySlot.size());
        if (free == null) {
            bySlot.add(tracked);
        } else {
            bySlot.set(free, tracked);
        }
        framework.tracked.put(roleName, tracked);
        role.members.add(tracked);
        changes.local(tracked);
        tracked.minimums = framework.minimums.get(roleName);
        tracked.strip = framework.capabilities.strip();
        role.frameworkSorter.add(framework.key, tracked);
        role.frameworkSorter.tag(framework.key, tracked.tag());
        if (framework.wants(roleName)) {
            role.frameworkSorter.activate(framework.key);
        }
        quotaInputsChanged(false);
        return tracked;
    }

    /**
     * Stops tracking the framework under a role it no longer wants and holds nothing of (Mesos:
     * tryUntrackFrameworkUnderRole); its filters for the role go with it.
     */
    void untrackIfIdle(FrameworkRole tracked) {
        Framework framework = tracked.framework;
        Role role = tracked.role;
        boolean subscribed = framework.roles.contains(role.name) && frameworks.get(framework.id) == framework;
        if (subscribed || !role.frameworkSorter.allocation(framework.key).isEmpty()) {
            return;
        }
        dropFilters(tracked);
        framework.tracked.remove(role.name);
        role.members.remove(tracked);
        role.frameworkSorter.remove(framework.key);
        bySlot.set(tracked.slot, null);
        freeSlots.push(tracked.slot);
        quotaInputsChanged(false);
        if (--role.frameworks == 0) {
            roleSorter.remove(role.name);
            role.frameworkSorter = null;
            roles.tryRemove(role);
        }
    }

    /** The tracked framework and role owning a filter slot, or null. */
    FrameworkRole bySlot(int slot) {
        return slot < bySlot.size() ? bySlot.get(slot) : null;
    }

    /** Sorter activation follows what the framework wants: active, subscribed and not suppressed. */
    void refreshActivation(Framework framework) {
        framework.tracked.values().forEach(changes::local);
        for (FrameworkRole tracked : framework.tracked.values()) {
            tracked.minimums = framework.minimums.get(tracked.role.name);
            tracked.strip = framework.capabilities.strip();
            Sorter<FrameworkRole> sorter = tracked.role.frameworkSorter;
            sorter.tag(framework.key, tracked.tag());
            if (framework.wants(tracked.role.name)) {
                sorter.activate(framework.key);
            } else {
                sorter.deactivate(framework.key);
            }
        }
    }

    /** Removes every refusal filter of this framework and role, on every agent. */
    void dropFilters(FrameworkRole tracked) {
        if (tracked.filters == 0) {
            return;
        }
        for (Agent agent : agentList) {
            if (agent.filters.remove(tracked.slot) > 0) {
                agent.changed();
            }
        }
        tracked.filters = 0;
    }

    /** Counts resources as offered or allocated to a tracked framework and role on an agent. */
    void allocated(Agent agent, FrameworkRole tracked, Resources allocated, Breakdown breakdown) {
        agent.allocations.merge(tracked.framework.id, allocated, Resources::plus);
        account(tracked, breakdown, true);
    }

    /** Updates sorters and role sums; the agent's own books are the caller's. */
    void account(FrameworkRole tracked, Breakdown breakdown, boolean add) {
        if (add) {
            roleSorter.allocated(tracked.role.name, breakdown.all());
            tracked.role.frameworkSorter.allocated(tracked.framework.key, breakdown.all());
        } else {
            roleSorter.unallocated(tracked.role.name, breakdown.all());
            tracked.role.frameworkSorter.unallocated(tracked.framework.key, breakdown.all());
        }
        roles.trackOffered(tracked.role, breakdown, add);
        quotaInputsChanged(tracked.role);
    }
}
