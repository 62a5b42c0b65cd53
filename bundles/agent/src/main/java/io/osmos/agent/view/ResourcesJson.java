package io.osmos.agent.view;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.runtime.http.Codec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resources and attributes as Mesos's classic endpoints show them:
 * {@code {"cpus":4.0,"gpus":0.0,"mem":1024.0,"disk":0.0,"ports":"[31000-32000]"}}.
 */
final class ResourcesJson {
    private ResourcesJson() {
    }

    /** Non-revocable resources summed by name; cpus, gpus, mem and disk are always there. */
    static Map<String, Object> of(Resources resources) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (String name : List.of("cpus", "gpus", "mem", "disk")) {
            model.put(name, 0.0);
        }
        Resources nonRevocable = resources.nonRevocable();
        for (String name : nonRevocable.names()) {
            Resource first = nonRevocable.named(name).iterator().next();
            model.put(name, switch (first.getType()) {
                case SCALAR -> nonRevocable.scalar(name);
                case RANGES -> nonRevocable.ranges(name).toString();
                case SET -> "{" + String.join(", ", nonRevocable.set(name)) + "}";
                default -> "";
            });
        }
        return model;
    }

    /** Resources from protos the master checked; ones that do not add up are shown as none. */
    static Resources of(List<Resource> resources) {
        try {
            return Resources.of(resources);
        } catch (IllegalArgumentException e) {
            return Resources.EMPTY;
        }
    }

    /** Reserved resources by the role they are reserved for (the innermost reservation's). */
    static Map<String, Resources> byRole(Resources reserved) {
        Map<String, Resources> roles = new TreeMap<>();
        for (Resource resource : reserved) {
            String role = resource.getReservationsCount() > 0
                    ? resource.getReservations(resource.getReservationsCount() - 1).getRole() : resource.getRole();
            roles.merge(role, Resources.of(resource), Resources::plus);
        }
        return roles;
    }

    /** The resources as a JSON array of Mesos Resource objects. */
    static Json.Raw full(Resources resources) {
        List<String> each = new ArrayList<>();
        resources.toProtos().forEach(r -> each.add(Codec.toJson(r)));
        return new Json.Raw("[" + String.join(",", each) + "]");
    }

    /** Attributes as Mesos shows them: scalars as numbers, everything else as text. */
    static Map<String, Object> attributes(List<Attribute> attributes) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            model.put(attribute.getName(), switch (attribute.getType()) {
                case SCALAR -> attribute.getScalar().getValue();
                case RANGES -> ranges(attribute.getRanges());
                case SET -> "{" + String.join(", ", attribute.getSet().getItemList()) + "}";
                default -> attribute.getText().getValue();
            });
        }
        return model;
    }

    private static String ranges(Value.Ranges ranges) {
        List<String> each = new ArrayList<>();
        ranges.getRangeList().forEach(r -> each.add(r.getBegin() + "-" + r.getEnd()));
        return "[" + String.join(", ", each) + "]";
    }
}
