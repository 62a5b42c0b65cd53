package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Allocation roles of resources: splitting them per role, and labelling unlabelled ones with a role. */
final class ResourceRoles {
    private ResourceRoles() {
    }

    /** The allocation roles present, in order of appearance. */
    static Set<String> roles(Resources resources) {
        Set<String> roles = new LinkedHashSet<>();
        for (Resource resource : resources) {
            if (resource.hasAllocationInfo()) {
                roles.add(resource.getAllocationInfo().getRole());
            }
        }
        return roles;
    }

    /** The resources split by allocation role; unlabelled ones, if any, form a part of their own. */
    static List<Resources> byRole(Resources resources) {
        List<Resources> parts = new ArrayList<>();
        if (resources.isEmpty()) {
            return parts;
        }
        Resources rest = resources;
        for (String role : roles(resources)) {
            Resources part = resources.allocatedTo(role);
            parts.add(part);
            rest = rest.minus(part);
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** Protobuf resources with allocation_info set to {@code role} where it is missing; as they are when null. */
    static List<Resource> allocate(List<Resource> resources, String role) {
        if (role == null) {
            return resources;
        }
        List<Resource> allocated = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            allocated.add(resource.hasAllocationInfo() ? resource : resource.toBuilder()
                    .setAllocationInfo(Resource.AllocationInfo.newBuilder().setRole(role)).build());
        }
        return allocated;
    }
}
