package io.osmos.simulator.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Offer;
import org.junit.jupiter.api.Test;

class TaskShapeTest {
    private static Offer offer(String resources) {
        return Offer.newBuilder().addAllResources(Resources.parse(resources).allocate("*").toProtos()).buildPartial();
    }

    @Test
    void countsTasksInThousandthsSoHundredthsOfACpuAddUp() {
        TaskShape shape = new TaskShape("cpus:0.01;mem:1");
        assertEquals(100, shape.fit(offer("cpus:1;mem:1024;disk:100")));
        assertEquals(10, shape.fit(offer("cpus:1;mem:10")));
        assertEquals(0, shape.fit(offer("cpus:0.005;mem:1024")));
        assertEquals(0, shape.fit(offer("mem:1024")));
    }

    @Test
    void refusesTasksWithoutAPositiveScalar() {
        assertEquals("Task resources must be scalars (e.g. cpus:0.01;mem:1), got 'ports' in 'ports:[1-2]'",
                assertThrows(IllegalArgumentException.class, () -> new TaskShape("ports:[1-2]")).getMessage());
    }
}
