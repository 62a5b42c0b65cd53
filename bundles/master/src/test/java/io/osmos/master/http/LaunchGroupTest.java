package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.http.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LAUNCH_GROUP: a task group goes to the agent whole under one default executor, or is refused whole. */
class LaunchGroupTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);
    private Offer offer;

    @BeforeEach
    void offered() {
        scheduler.subscribe(Scheduler.info("pods"));
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:1024;disk:100"));
        offer = scheduler.awaitOffer();
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void aValidGroupRunsUnderItsExecutor() {
        launch(executor("cpus:0.1;mem:32;disk:10"), task("a"), task("b"));
        AgentEvent.RunTaskGroup run = agent.await(AgentEvent.Type.RUN_TASK_GROUP).getRunTaskGroup();
        assertEquals("pod", run.getExecutor().getExecutorId().getValue());
        assertEquals(scheduler.frameworkId, run.getExecutor().getFrameworkId());
        assertEquals(2, run.getTaskGroup().getTasksCount());
        assertEquals(run.getExecutor(), run.getTaskGroup().getTasks(1).getExecutor(),
                "each task carries the group's executor, as Mesos fills it in");
        String state = master.operatorOk("{\"type\":\"GET_STATE\"}");
        assertTrue(state.contains("\"task_id\":{\"value\":\"a\"}") && state.contains("\"task_id\":{\"value\":\"b\"}")
                && state.contains("\"executor_id\":{\"value\":\"pod\"}"), state);
        assertEquals(Resources.parse("cpus:0.9;mem:864;disk:90").allocate("*"),
                master.allocator.awaitRecovered("of the unused part", r -> !r.allocated()).resources());
    }

    @Test
    void aGroupWhoseExecutorIsTooSmallIsRefusedWhole() {
        launch(executor("cpus:0.1;mem:16;disk:10"), task("a"), task("b"));
        for (String id : new String[] {"a", "b"}) {
            TaskStatus error = scheduler.awaitUpdate(id, TaskState.TASK_ERROR);
            assertEquals(TaskStatus.Reason.REASON_TASK_GROUP_INVALID, error.getReason());
            assertEquals("Executor 'pod' uses less memory (16.0MB) than the minimum required (32MB)",
                    error.getMessage());
        }
    }

    @Test
    void aGroupWithAnInvalidTaskNamesTheTask() {
        launch(executor("cpus:0.1;mem:32;disk:10"), task("a"), task("a/b"));
        assertEquals("Task 'a/b' is invalid: TaskID 'a/b' contains invalid characters",
                scheduler.awaitUpdate("a", TaskState.TASK_ERROR).getMessage());
    }

    private void launch(ExecutorInfo executor, TaskInfo... tasks) {
        TaskGroupInfo.Builder group = TaskGroupInfo.newBuilder();
        for (TaskInfo task : tasks) {
            group.addTasks(task);
        }
        assertEquals(202, scheduler.call(Call.newBuilder().setType(Call.Type.ACCEPT).setAccept(Call.Accept.newBuilder()
                .addOfferIds(offer.getId()).addOperations(Offer.Operation.newBuilder()
                        .setType(Offer.Operation.Type.LAUNCH_GROUP).setLaunchGroup(Offer.Operation.LaunchGroup
                                .newBuilder().setExecutor(executor).setTaskGroup(group))))).statusCode());
    }

    private TaskInfo task(String id) {
        return Scheduler.task(id, agent.agentId, "cpus:0.5;mem:64");
    }

    private static ExecutorInfo executor(String resources) {
        return ExecutorInfo.newBuilder().setType(ExecutorInfo.Type.DEFAULT)
                .setExecutorId(ExecutorID.newBuilder().setValue("pod"))
                .addAllResources(Resources.parse(resources).toProtos()).build();
    }
}
