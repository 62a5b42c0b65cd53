package io.osmos.allocator.drf;

import java.util.List;

/**
 * A framework tracked under one of its roles: the client of that role's framework sorter, and the
 * owner of the framework's offer filters for the role. The slot numbers it in every agent's filter
 * table, so a filter check is one probe of an int-keyed table.
 */
final class FrameworkRole {
    final Framework framework;
    final Role role;
    final int slot;
    /** Refusal filters in force for this framework and role, over all agents (a metric). */
    int filters;
    /** {@link Capabilities#strip()}, kept here because the allocation loop reads it for every framework. */
    int strip;
    /** The framework's own minimum offers for this role, or null for the master's. */
    List<Quantities> minimums;

    FrameworkRole(Framework framework, Role role, int slot) {
        this.framework = framework;
        this.role = role;
        this.slot = slot;
    }

    /** The tag in the role's sorter: the filter slot and the kind, as {@link AgentVisit#refused} reads them. */
    int tag() {
        return slot << 3 | strip;
    }

    String client() {
        return framework.key;
    }

    @Override
    public String toString() {
        return framework.key + " in role " + role.name;
    }
}
