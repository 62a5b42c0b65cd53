package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.api.resources.Roles;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The roles Mesos lists in GET_ROLES and {@code /roles}: those frameworks subscribe to, those with
 * reservations, weights or quota, and all their ancestors; each with its frameworks and what is
 * allocated and offered to it.
 */
final class KnownRoles {
    /** One role: its subscribed frameworks, and what is allocated and offered to it. */
    record Role(String name, List<FrameworkID> frameworks, Resources allocated, Resources offered,
            Resources reserved) {
    }

    private KnownRoles() {
    }

    static List<Role> of(MasterView view, Usage usage) {
        Set<String> names = new TreeSet<>();
        Map<String, List<FrameworkID>> frameworks = new TreeMap<>();
        for (FrameworkEntry framework : view.frameworks()) {
            for (String role : framework.roles()) {
                frameworks.computeIfAbsent(role, r -> new ArrayList<>()).add(framework.id());
                names.add(role);
            }
        }
        Map<String, Resources> reserved = new TreeMap<>();
        for (AgentEntry agent : view.agents()) {
            for (Resource resource : agent.total().reserved()) {
                String role = resource.getReservations(resource.getReservationsCount() - 1).getRole();
                reserved.merge(role, Resources.of(resource), Resources::plus);
                names.add(role);
            }
        }
        names.addAll(view.roles().weights().keySet());
        names.addAll(view.roles().quotas().keySet());
        for (String name : List.copyOf(names)) {
            names.addAll(Roles.ancestors(name));
        }
        Map<String, Resources> allocated = usage.usedByRole();
        Map<String, Resources> offered = usage.offeredByRole();
        List<Role> roles = new ArrayList<>();
        for (String name : names) {
            roles.add(new Role(name, frameworks.getOrDefault(name, List.of()),
                    allocated.getOrDefault(name, Resources.EMPTY), offered.getOrDefault(name, Resources.EMPTY),
                    reserved.getOrDefault(name, Resources.EMPTY)));
        }
        return roles;
    }
}
