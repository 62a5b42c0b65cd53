package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.hook.MasterHook;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.core.RateLimit;
import io.osmos.master.support.Await;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Health checks: an agent that stops answering pings becomes unreachable, its tasks with it, and may come back. */
class AgentHealthTest {
    // Short enough for a quick test, long enough that a busy machine answers every ping in time.
    private static final Duration PING = Duration.ofMillis(100);
    private static final int MAX_MISSED = 3;

    private TestMaster master;
    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable each : closing) {
            each.close();
        }
        master.close();
    }

    @Test
    void anAgentMissingItsPingsIsUnreachableAndComesBackWithItsTasks() {
        start(Optional.empty(), MAX_MISSED);
        List<String> lost = new CopyOnWriteArrayList<>();
        master.master.hooks().add(new MasterHook() {
            @Override
            public void masterSlaveLostHook(AgentInfo agent) {
                lost.add(agent.getId().getValue());
            }
        }, 0, 1);
        Scheduler aware = scheduler(Scheduler.info("aware").toBuilder().addCapabilities(FrameworkInfo.Capability
                .newBuilder().setType(FrameworkInfo.Capability.Type.PARTITION_AWARE)).build());
        FakeAgent agent = agent();
        AgentInfo info = FakeAgent.info("agent-1", "cpus:4;mem:1024");
        agent.register(info);
        Offer first = aware.awaitOffer();
        aware.accept(first.getId(), Scheduler.task("a1", agent.agentId, "cpus:1;mem:64"));
        Scheduler legacy = scheduler(Scheduler.info("legacy"));
        legacy.accept(legacy.awaitOffer().getId(), Scheduler.task("b1", agent.agentId, "cpus:1;mem:64"));
        agent.await(AgentEvent.Type.RUN_TASK);
        agent.await(AgentEvent.Type.RUN_TASK);

        agent.answerPings = false;
        TaskStatus unreachable = aware.awaitUpdate("a1", TaskState.TASK_UNREACHABLE);
        assertEquals(TaskStatus.Reason.REASON_AGENT_REMOVED, unreachable.getReason());
        assertEquals("health check timed out", unreachable.getMessage());
        assertTrue(unreachable.hasUnreachableTime(), unreachable.toString());
        assertEquals(TaskStatus.Reason.REASON_AGENT_REMOVED,
                legacy.awaitUpdate("b1", TaskState.TASK_LOST).getReason());
        assertEquals(agent.agentId, aware.await(Event.Type.FAILURE).getFailure().getAgentId());
        assertEquals(agent.agentId, legacy.await(Event.Type.FAILURE).getFailure().getAgentId());
        master.allocator.awaitCall("removeAgent " + agent.agentId.getValue());
        Await.until("the slave lost hook", () -> lost, l -> l.contains(agent.agentId.getValue()));
        String metrics = master.get("/metrics/snapshot").body();
        for (String expected : List.of("\"master/slaves_unreachable\":1", "\"master/tasks_unreachable\":1",
                "\"master/slave_unreachable_completed\":1", "\"master/slave_removals/reason_unhealthy\":1")) {
            assertTrue(metrics.contains(expected), "missing " + expected + " in " + metrics);
        }
        String tasks = master.operatorOk("{\"type\":\"GET_TASKS\"}");
        assertTrue(tasks.contains("\"unreachable_tasks\":[{\"name\":\"a1\""), tasks);

        agent.answerPings = true;
        agent.reregister(AgentCall.Reregister.newBuilder().setAgentInfo(info.toBuilder().setId(agent.agentId))
                .addTasks(running("a1", aware.frameworkId, agent))
                .addTasks(running("b1", legacy.frameworkId, agent)));
        TaskStatus back = aware.awaitUpdate("a1", TaskState.TASK_RUNNING);
        assertEquals(TaskStatus.Reason.REASON_AGENT_REREGISTERED, back.getReason());
        assertEquals("Unreachable agent re-reregistered", back.getMessage());
        assertEquals(TaskStatus.Source.SOURCE_MASTER, back.getSource());
        legacy.awaitUpdate("b1", TaskState.TASK_RUNNING);
        tasks = master.operatorOk("{\"type\":\"GET_TASKS\"}");
        assertTrue(!tasks.contains("unreachable_tasks") && tasks.contains("\"tasks\":[{\"name\":\"a1\""), tasks);
        assertTrue(master.get("/state").body().contains("\"unreachable_slaves\":0"));
    }

    @Test
    void theRemovalRateLimitHoldsBackTheSecondAgentAndAPongCancelsItsRemoval() {
        start(Optional.of(new RateLimit(1, Duration.ofMinutes(10))), MAX_MISSED);
        FakeAgent first = agent();
        first.register(FakeAgent.info("agent-1", "cpus:1"));
        FakeAgent second = agent();
        second.register(FakeAgent.info("agent-2", "cpus:1"));
        first.answerPings = false;
        master.allocator.awaitCall("removeAgent " + first.agentId.getValue());
        second.answerPings = false;
        Await.until("the second removal to be scheduled", () -> master.get("/metrics/snapshot").body(),
                m -> m.contains("\"master/slave_unreachable_scheduled\":2"));
        String waiting = master.get("/metrics/snapshot").body();
        assertTrue(waiting.contains("\"master/slave_unreachable_completed\":1"), waiting);
        assertTrue(master.operatorOk("{\"type\":\"GET_AGENTS\"}").contains("\"hostname\":\"agent-2\""));

        second.answerPings = true;
        Await.until("the pending removal to be canceled", () -> master.get("/metrics/snapshot").body(),
                m -> m.contains("\"master/slave_unreachable_canceled\":1"));
        assertTrue(master.operatorOk("{\"type\":\"GET_AGENTS\"}").contains("\"hostname\":\"agent-2\""));
        assertTrue(master.allocator.calls.stream().noneMatch(c -> c.equals("removeAgent " + second.agentId.getValue())));
    }

    @Test
    void aDisconnectedAgentThatDoesNotReturnBecomesUnreachable() {
        start(Optional.empty(), MAX_MISSED);
        FakeAgent agent = agent();
        agent.register(FakeAgent.info("agent-1", "cpus:1"));
        agent.close();
        master.allocator.awaitCall("deactivateAgent " + agent.agentId.getValue());
        master.allocator.awaitCall("removeAgent " + agent.agentId.getValue());
        Await.until("the agent among the unreachable ones", () -> master.get("/state").body(),
                s -> s.contains("\"unreachable_slaves\":1"));
    }

    private void start(Optional<RateLimit> limit, int maxTimeouts) {
        master = new TestMaster(MasterSettings.defaults().withAgentHealth(PING, maxTimeouts, limit));
    }

    private Scheduler scheduler(FrameworkInfo info) {
        Scheduler scheduler = new Scheduler(master, MediaType.JSON);
        closing.add(scheduler);
        scheduler.subscribe(info);
        return scheduler;
    }

    private FakeAgent agent() {
        FakeAgent agent = new FakeAgent(master);
        closing.add(agent);
        return agent;
    }

    private static Task running(String id, FrameworkID framework, FakeAgent agent) {
        return Task.newBuilder().setName(id).setTaskId(TaskID.newBuilder().setValue(id)).setFrameworkId(framework)
                .setAgentId(agent.agentId).setState(TaskState.TASK_RUNNING)
                .addAllResources(io.osmos.api.resources.Resources.parse("cpus:1;mem:64").toProtos()).build();
    }
}
