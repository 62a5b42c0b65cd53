package io.osmos.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import org.junit.jupiter.api.Test;

class AgentResourcesTest {
    private static final HostResources HOST = new HostResources(8, 15000, 90000);

    @Test
    void nothingConfiguredMeansEverythingDetected() {
        assertEquals(Resources.parse("cpus:8;mem:15000;disk:90000;ports:[31000-32000]"), AgentResources.of("", HOST));
    }

    @Test
    void namedResourcesAreNotDetectedEvenAtZero() {
        assertEquals(Resources.parse("cpus:2;disk:90000;ports:[31000-32000];gpus:1"),
                AgentResources.of("cpus:2;mem:0;gpus:1", HOST));
    }

    @Test
    void reservedResourcesCountAsNamed() {
        assertEquals(Resources.parse("cpus(web):2;mem:15000;disk:90000;ports:[31000-32000]"),
                AgentResources.of("cpus(web):2", HOST));
    }

    @Test
    void aJsonArrayIsReadAsResourceObjects() {
        String json = "[{\"name\":\"cpus\",\"type\":\"SCALAR\",\"scalar\":{\"value\":4}},"
                + "{\"name\":\"ports\",\"type\":\"RANGES\",\"ranges\":{\"range\":[{\"begin\":80,\"end\":90}]}}]";
        assertEquals(Resources.parse("cpus:4;ports:[80-90];mem:15000;disk:90000"), AgentResources.of(json, HOST));
    }

    @Test
    void badInputSaysWhatIsWrong() {
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> AgentResources.of("cpus:-1", HOST));
        assertTrue(text.getMessage().startsWith("Invalid resources 'cpus:-1': "), text.getMessage());
        IllegalArgumentException json = assertThrows(IllegalArgumentException.class,
                () -> AgentResources.of("[{\"name\":\"cpus\",", HOST));
        assertTrue(json.getMessage().startsWith("Invalid resources JSON: "), json.getMessage());
    }

    @Test
    void mesosKeepsMemoryAndDiskForTheHost() {
        long gb = 1024L * 1024 * 1024;
        assertEquals(15 * gb, HostResources.usableMemory(16 * gb), "1 GB left to the host");
        assertEquals(gb / 2 + gb / 4, HostResources.usableMemory(gb + gb / 2), "half below 2 GB");
        assertEquals(95 * gb, HostResources.usableDisk(100 * gb), "5 GB left to the host");
        assertEquals(4 * gb, HostResources.usableDisk(8 * gb), "half below 10 GB");
    }
}
