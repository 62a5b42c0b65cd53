package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Splits allocated resources by the role they are allocated to. */
final class ByRole {
    private ByRole() {
    }

    /**
     * The parts of {@code resources} per allocation role. The framework's roles are tried first, since
     * nearly always everything belongs to one of them and that needs no protobuf. Resources that carry
     * no allocation role are taken as allocated to {@code fallbackRole}, as a framework without
     * MULTI_ROLE would mean them.
     */
    static Map<String, Resources> split(Resources resources, Collection<String> likelyRoles, String fallbackRole) {
        if (resources.isEmpty()) {
            return Map.of();
        }
        String sole = soleRole(resources, likelyRoles);
        if (sole != null) {
            return Map.of(sole, resources);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (Resource resource : resources) {
            if (resource.hasAllocationInfo() && resource.getAllocationInfo().hasRole()) {
                roles.add(resource.getAllocationInfo().getRole());
            }
        }
        Map<String, Resources> parts = new LinkedHashMap<>();
        Resources rest = resources;
        for (String role : roles) {
            Resources part = resources.allocatedTo(role);
            parts.put(role, part);
            rest = rest.minus(part);
        }
        if (!rest.isEmpty()) {
            parts.merge(fallbackRole, rest.allocate(fallbackRole), Resources::plus);
        }
        return parts;
    }

    /** The one role of {@code likelyRoles} that all of {@code resources} are allocated to, or null. */
    static String soleRole(Resources resources, Collection<String> likelyRoles) {
        for (String role : likelyRoles) {
            Resources part = resources.allocatedTo(role);
            if (part == resources) {
                return role;
            }
            if (!part.isEmpty()) {
                return null;
            }
        }
        return null;
    }
}
