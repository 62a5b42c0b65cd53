package io.osmos.simulator.framework;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources of every simulated task, and how many such tasks an offer holds. Scalars are
 * compared in thousandths, the precision Mesos keeps, so 100 tasks of 0.01 cpus fit in 1 cpu.
 */
public final class TaskShape {
    private final List<Resource> resources;
    private final Map<String, Long> milliNeeds = new HashMap<>();

    /** @throws IllegalArgumentException when the text is not resources or holds no scalar */
    public TaskShape(String text) {
        this.resources = Resources.parse(text).toProtos();
        for (Resource resource : resources) {
            if (resource.getType() != Value.Type.SCALAR) {
                throw new IllegalArgumentException("Task resources must be scalars (e.g. cpus:0.01;mem:1), got '"
                        + resource.getName() + "' in '" + text + "'");
            }
            milliNeeds.merge(resource.getName(), milli(resource.getScalar().getValue()), Long::sum);
        }
        if (milliNeeds.isEmpty() || milliNeeds.values().stream().anyMatch(need -> need <= 0)) {
            throw new IllegalArgumentException("Task resources must name at least one positive scalar, got '"
                    + text + "'");
        }
    }

    public List<Resource> resources() {
        return resources;
    }

    /** How many tasks of this shape the offer can hold. */
    public int fit(Offer offer) {
        Map<String, Long> available = new HashMap<>();
        for (Resource resource : offer.getResourcesList()) {
            if (resource.getType() == Value.Type.SCALAR && milliNeeds.containsKey(resource.getName())) {
                available.merge(resource.getName(), milli(resource.getScalar().getValue()), Long::sum);
            }
        }
        long fit = Integer.MAX_VALUE;
        for (Map.Entry<String, Long> need : milliNeeds.entrySet()) {
            fit = Math.min(fit, available.getOrDefault(need.getKey(), 0L) / need.getValue());
        }
        return (int) fit;
    }

    private static long milli(double value) {
        return Math.round(value * 1000);
    }
}
