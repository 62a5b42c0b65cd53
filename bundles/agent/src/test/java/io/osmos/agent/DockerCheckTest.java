package io.osmos.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.containerizer.Stages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Like a Mesos agent, an agent with the docker containerizer checks at start that docker answers
 * ({@code docker version}) and refuses to start, saying why, when it does not. No docker daemon can run
 * on the machines these tests run on, which is exactly the case to check.
 */
class DockerCheckTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private String refusal(String docker) {
        harness = new AgentHarness(workDir.resolve("agent")).set("containerizers", "docker,mesos").set("docker", docker);
        ExecutionException e = assertThrows(ExecutionException.class, () -> harness.start());
        assertTrue(harness.master.subscriptions.isEmpty(), "an agent that cannot start never contacts the master");
        return Stages.unwrap(e).getMessage();
    }

    @Test
    void aDockerBinaryThatIsNotThereStopsTheStart() {
        String reason = refusal("/nonexistent/docker");

        assertTrue(reason.startsWith("The docker containerizer (--containerizers) cannot use docker: "
                + "'/nonexistent/docker version' cannot run: "), reason);
        assertEquals(1, reason.lines().count(), "one line");
    }

    @Test
    void aDockerCliWithoutADaemonStopsTheStart() throws Exception {
        // The real CLI, pointed at a socket no daemon listens on, answers as it does on this machine.
        Path cli = workDir.resolve("docker-without-daemon");
        Files.writeString(cli, "#!/bin/sh\nDOCKER_HOST=unix://" + workDir.resolve("no-daemon.sock")
                + " exec docker \"$@\"\n");
        Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwxr-xr-x"));

        String reason = refusal(cli.toString());

        assertTrue(reason.startsWith("The docker containerizer (--containerizers) cannot use docker: '" + cli
                + " version' failed: "), reason);
        assertEquals(1, reason.lines().count(), "one line");
    }
}
