package io.osmos.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.testing.TestConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the agent's endpoints are registered: a standalone agent answers at the root and below
 * /slave(1), as a Mesos agent does; one sharing the process with a master only below its prefix,
 * so the master keeps /state, /flags, /metrics/snapshot and /api/v1.
 */
class EndpointPathsTest {
    @TempDir
    Path workDir;

    @Test
    void aStandaloneAgentAnswersAtTheRootAndBelowSlave1() {
        assertArrayEquals(new String[] {"/state", "/slave(1)/state"}, AgentComponent.paths(settings(""), "/state"));
    }

    @Test
    void anAgentBesideAMasterAnswersOnlyBelowItsPrefix() {
        assertArrayEquals(new String[] {"/slave(1)/api/v1"}, AgentComponent.paths(settings("/slave(1)"), "/api/v1"));
    }

    private AgentSettings settings(String prefix) {
        return AgentSettings.from(new TestConfig().set("master", "127.0.0.1:5050").set("work_dir", workDir.toString())
                .set("resources", "cpus:1;mem:128;disk:128;ports:[1-2]").set("http_prefix", prefix).build(), 5051);
    }
}
