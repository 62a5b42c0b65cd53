package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Value;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resources and attributes in the shape of Mesos's classic JSON endpoints:
 * {@code {"cpus":4.0,"gpus":0.0,"mem":1024.0,"disk":0.0,"ports":"[31000-32000]"}}.
 */
final class ResourcesJson {
    /**
     * Resources already shown in one document, by value: most tasks, and most agents, of a cluster
     * have the same ones, and showing them is most of the work of showing a task. Used on one thread.
     */
    static final class Memo {
        private static final int MAX_KEPT = 4096;
        private final Map<Resources, Map<String, Object>> shown = new HashMap<>();

        /** As {@link ResourcesJson#of}; the map must not be changed, as it may be shown again. */
        Map<String, Object> of(Resources resources) {
            Map<String, Object> json = shown.get(resources);
            if (json == null) {
                json = ResourcesJson.of(resources);
                if (shown.size() < MAX_KEPT) {
                    shown.put(resources, json);
                }
            }
            return json;
        }
    }

    private ResourcesJson() {
    }

    /** Non-revocable resources summed by name; cpus, gpus, mem and disk are always present. */
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

    /** Attributes as Mesos shows them: scalars as numbers, everything else as text. */
    static Map<String, Object> attributes(List<Attribute> attributes) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            model.put(attribute.getName(), value(attribute));
        }
        return model;
    }

    private static Object value(Attribute attribute) {
        if (attribute.getType() == Value.Type.SCALAR) {
            return attribute.getScalar().getValue();
        }
        if (attribute.getType() == Value.Type.RANGES) {
            StringBuilder text = new StringBuilder("[");
            for (Value.Range range : attribute.getRanges().getRangeList()) {
                text.append(text.length() > 1 ? ", " : "").append(range.getBegin()).append('-').append(range.getEnd());
            }
            return text.append(']').toString();
        }
        if (attribute.getType() == Value.Type.SET) {
            return "{" + String.join(", ", attribute.getSet().getItemList()) + "}";
        }
        return attribute.getText().getValue();
    }
}
