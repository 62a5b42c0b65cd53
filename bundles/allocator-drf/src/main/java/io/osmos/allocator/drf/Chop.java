package io.osmos.allocator.drf;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Resource.DiskInfo.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts unreserved scalar resources down to amounts (Mesos: shrinkResources), the only way quota
 * changes an offer. Mount and block disks cannot be cut, so they are kept whole or left out.
 */
final class Chop {
    private Chop() {
    }

    /** At most {@code target} of each name; names without a target are left out. */
    static Resources toQuantities(Resources scalars, Quantities target, ResourceNames names) {
        Map<Integer, Long> left = new HashMap<>();
        for (int name = 0; name < target.width(); name++) {
            if (target.get(name) > 0) {
                left.put(name, target.get(name));
            }
        }
        return chop(scalars, left, false, names);
    }

    /** At most the limit of each limited name; unlimited names are kept whole. */
    static Resources toLimits(Resources scalars, Map<Integer, Long> limits, ResourceNames names) {
        return limits.isEmpty() ? scalars : chop(scalars, new HashMap<>(limits), true, names);
    }

    private static Resources chop(Resources scalars, Map<Integer, Long> left, boolean keepUnnamed,
            ResourceNames names) {
        List<Resource> kept = new ArrayList<>();
        boolean changed = false;
        for (Resource resource : scalars) {
            int name = names.number(resource.getName());
            Long room = left.get(name);
            if (room == null && keepUnnamed) {
                kept.add(resource);
                continue;
            }
            long amount = Math.round(resource.getScalar().getValue() * 1000.0);
            long allowed = room == null ? 0 : room;
            if (amount <= allowed) {
                kept.add(resource);
                left.put(name, allowed - amount);
                continue;
            }
            changed = true;
            if (allowed > 0 && divisible(resource)) {
                Resource.Builder cut = resource.toBuilder();
                cut.getScalarBuilder().setValue(allowed / 1000.0);
                kept.add(cut.build());
                left.put(name, 0L);
            }
        }
        return changed ? Resources.of(kept) : scalars;
    }

    private static boolean divisible(Resource resource) {
        if (!resource.hasDisk() || !resource.getDisk().hasSource()) {
            return true;
        }
        Source.Type type = resource.getDisk().getSource().getType();
        return type != Source.Type.MOUNT && type != Source.Type.BLOCK;
    }
}
