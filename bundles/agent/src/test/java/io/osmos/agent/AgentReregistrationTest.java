package io.osmos.agent;

import static io.osmos.agent.AgentHarness.FRAMEWORK_ID;
import static io.osmos.agent.AgentHarness.PING;
import static io.osmos.agent.AgentHarness.RESOURCES;
import static io.osmos.agent.AgentHarness.ack;
import static io.osmos.agent.AgentHarness.killTask;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.testing.Await.isRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.Await;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.Protos.Value;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent against a fake master over real HTTP on loopback, running a real process, across broken streams. */
class AgentReregistrationTest {
    @TempDir
    Path workDir;

    private AgentHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void registersRunsATaskAndReregistersWithItWhenTheStreamBreaks() throws Exception {
        harness = new AgentHarness(workDir).start();
        FakeMaster master = harness.master;

        AgentCall register = master.nextSubscription();
        assertEquals(AgentCall.Type.REGISTER, register.getType());
        AgentInfo info = register.getRegister().getAgentInfo();
        assertEquals("agent.test", info.getHostname());
        assertEquals(5051, info.getPort());
        assertFalse(info.hasId());
        assertEquals(Resources.parse(RESOURCES), Resources.of(info.getResourcesList()));
        assertEquals("r1", info.getAttributes(0).getText().getValue());
        assertEquals(Value.Type.SCALAR, info.getAttributes(1).getType());

        master.send(runTask("t1", "sleep 300"));
        TaskStatus starting = harness.nextUpdate(TaskState.TASK_STARTING);
        master.send(ack(starting));
        TaskStatus running = harness.nextUpdate(TaskState.TASK_RUNNING);
        master.send(ack(running));
        long pid = running.getContainerStatus().getExecutorPid();
        assertTrue(isRunning(pid));

        master.send(PING);
        AgentCall pong = master.nextCall();
        assertEquals(AgentCall.Type.PONG, pong.getType());
        assertEquals(FakeMaster.AGENT_ID, pong.getAgentId());

        master.breakStream();
        AgentCall reregister = master.nextSubscription();
        assertEquals(AgentCall.Type.REREGISTER, reregister.getType());
        assertEquals(FakeMaster.AGENT_ID, reregister.getAgentId());
        assertEquals(FakeMaster.AGENT_ID, reregister.getReregister().getAgentInfo().getId());
        Task listed = reregister.getReregister().getTasks(0);
        assertEquals("t1", listed.getTaskId().getValue());
        assertEquals(TaskState.TASK_RUNNING, listed.getState());
        assertEquals(FRAMEWORK_ID, listed.getFrameworkId());
        assertFalse(listed.hasStatusUpdateUuid(), "every update was acknowledged");
        assertEquals(FRAMEWORK_ID, reregister.getReregister().getFrameworks(0).getId());

        master.send(killTask("t1"));
        TaskStatus killed = harness.nextUpdate(TaskState.TASK_KILLED);
        Await.until("the task's process to end", Duration.ofSeconds(10), () -> !isRunning(pid));

        // Unacknowledged, the terminal update is listed on reregistration and then sent again.
        master.breakStream();
        Task unacknowledged = master.nextSubscription().getReregister().getTasks(0);
        assertEquals(TaskState.TASK_KILLED, unacknowledged.getState());
        assertEquals(killed.getUuid(), unacknowledged.getStatusUpdateUuid());
        assertEquals(killed, harness.nextUpdate(TaskState.TASK_KILLED), "resent as it was, same uuid");
        master.send(ack(killed));

        // A call refused as stale makes the agent subscribe again; the acknowledged task is gone.
        master.forgetStream();
        master.send(PING);
        AgentCall afterRefusal = master.nextSubscription();
        assertEquals(AgentCall.Type.REREGISTER, afterRefusal.getType());
        assertEquals(0, afterRefusal.getReregister().getTasksCount());
    }

    @Test
    void keepsTryingWhileTheMasterTurnsItAway() throws Exception {
        harness = new AgentHarness(workDir, 3).start();
        assertEquals(AgentCall.Type.REGISTER, harness.master.nextSubscription().getType());
        assertEquals(0, harness.master.refusals.get(), "three refusals, then the fourth attempt got through");
    }

    @Test
    void aSilentMasterIsGivenUpAfterFiveMissedPings() throws Exception {
        harness = new AgentHarness(workDir);
        harness.master.heartbeatIntervalSeconds = 0.05;
        harness.start();
        assertEquals(AgentCall.Type.REGISTER, harness.master.nextSubscription().getType());
        assertEquals(AgentCall.Type.REREGISTER, harness.master.nextSubscription().getType(), "no PING for 250 ms");
    }
}
