package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metrics the master publishes on /metrics/snapshot, under Mesos's names. */
class MetricsTest {
    private static final String P = "allocator/mesos/";

    @Test
    void resourcesSharesQuotaAndFiltersAreReported() throws Exception {
        try (Harness h = new Harness()) {
            h.allocator.updateQuota("web", Harness.quota("web", "cpus:1", "cpus:2"));
            h.addFramework("f1", "web");
            h.allocator.addFramework(frameworkId("f2"), Harness.multiRole("f2", "batch"), Map.of(), true,
                    Set.of("batch"));
            h.addAgent("a1", "cpus:4;mem:1024", Map.of(frameworkId("f2"),
                    Resources.parse("cpus:1;mem:256").allocate("batch")));
            RecordingCallback.Offered offer = h.allocateOne();
            assertEquals(Resources.parse("cpus:2;mem:768").allocate("web"), offer.resources(),
                    "web's limit caps its cpus, not its memory");
            h.decline(offer, 60);
            Map<String, Number> metrics = h.metrics();

            assertEquals(4.0, metrics.get(P + "resources/cpus/total").doubleValue());
            assertEquals(1024.0, metrics.get(P + "resources/mem/total").doubleValue());
            assertEquals(1.0, metrics.get(P + "resources/cpus/offered_or_allocated").doubleValue());
            assertEquals(0.25, metrics.get(P + "roles/batch/shares/dominant").doubleValue(), 1e-9);
            assertEquals(0.0, metrics.get(P + "roles/web/shares/dominant").doubleValue(), 1e-9);
            assertEquals(1.0, metrics.get(P + "quota/roles/web/resources/cpus/guarantee").doubleValue());
            assertEquals(2.0, metrics.get(P + "quota/roles/web/resources/cpus/limit").doubleValue());
            assertEquals(0.0, metrics.get(P + "quota/roles/web/resources/cpus/offered_or_allocated").doubleValue());
            assertEquals(1, metrics.get(P + "offer_filters/roles/web/active").intValue());
            assertEquals(0, metrics.get(P + "offer_filters/roles/batch/active").intValue());
            assertTrue(metrics.get(P + "allocation_runs").longValue() >= 2);
            assertTrue(metrics.containsKey(P + "allocation_run_ms"));
            assertTrue(metrics.containsKey(P + "allocation_run_latency_ms"));
            assertEquals(0, metrics.get(P + "event_queue_dispatches").intValue(), "nothing is waiting");
        }
    }
}
