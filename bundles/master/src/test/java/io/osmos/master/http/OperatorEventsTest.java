package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.core.MasterSettings;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.OperatorSubscriber;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.master.Protos.Event;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.http.MediaType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operator's event stream: a snapshot first, then every change as it happens, and heartbeats. */
class OperatorEventsTest {
    private final TestMaster master = new TestMaster(MasterSettings.defaults()
            .withHeartbeatInterval(Duration.ofMillis(100)));
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void aSubscriberSeesTheStateThenEveryChange() {
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:256"));
        try (OperatorSubscriber operator = new OperatorSubscriber(master)) {
            Event.Subscribed subscribed = operator.await(Event.Type.SUBSCRIBED).getSubscribed();
            assertEquals(agent.agentId, subscribed.getGetState().getGetAgents().getAgents(0).getAgentInfo().getId());
            assertEquals(0.1, subscribed.getHeartbeatIntervalSeconds());
            operator.await(Event.Type.HEARTBEAT);

            scheduler.subscribe(Scheduler.info("watched"));
            assertEquals("watched", operator.await(Event.Type.FRAMEWORK_ADDED).getFrameworkAdded().getFramework()
                    .getFrameworkInfo().getName());
            scheduler.accept(scheduler.awaitOffer().getId(), Scheduler.task("t1", agent.agentId, "cpus:1"));
            assertEquals("t1", operator.await(Event.Type.TASK_ADDED).getTaskAdded().getTask().getTaskId().getValue());
            agent.await(AgentEvent.Type.RUN_TASK);
            agent.update(scheduler.frameworkId, "t1", TaskState.TASK_RUNNING);
            Event.TaskUpdated updated = operator.await(Event.Type.TASK_UPDATED).getTaskUpdated();
            assertEquals(TaskState.TASK_RUNNING, updated.getState());
            assertEquals(scheduler.frameworkId, updated.getFrameworkId());

            FakeAgent second = new FakeAgent(master);
            second.register(FakeAgent.info("agent-2", "cpus:1"));
            assertEquals("agent-2", operator.await(Event.Type.AGENT_ADDED).getAgentAdded().getAgent()
                    .getAgentInfo().getHostname());
            second.call(AgentCall.newBuilder().setType(AgentCall.Type.UNREGISTER));
            assertEquals(second.agentId, operator.await(Event.Type.AGENT_REMOVED).getAgentRemoved().getAgentId());
            second.close();

            scheduler.call(Call.newBuilder().setType(Call.Type.TEARDOWN));
            assertEquals("watched", operator.await(Event.Type.FRAMEWORK_REMOVED).getFrameworkRemoved()
                    .getFrameworkInfo().getName());
            assertTrue(master.get("/metrics/snapshot").body().contains("\"master/operator_event_stream_subscribers\":1"));
        }
    }
}
