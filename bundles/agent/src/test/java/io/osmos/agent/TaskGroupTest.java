package io.osmos.agent;

import static io.osmos.agent.AgentHarness.FRAMEWORK;
import static io.osmos.agent.AgentHarness.FRAMEWORK_ID;
import static io.osmos.agent.AgentHarness.ack;
import static io.osmos.agent.AgentHarness.task;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Task groups run by the agent's built-in default executor, each task in a nested container. */
class TaskGroupTest {
    static final ExecutorInfo DEFAULT = ExecutorInfo.newBuilder().setType(ExecutorInfo.Type.DEFAULT)
            .setExecutorId(ExecutorID.newBuilder().setValue("group")).build();

    @TempDir
    Path workDir;

    private AgentHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new AgentHarness(workDir).start();
        harness.master.nextSubscription();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void everyTaskOfTheGroupRunsInItsOwnSandboxAndTheExecutorEndsWithThem() throws Exception {
        harness.master.send(runGroup(task("a", "echo a > here"), task("b", "echo b > here")));

        Map<String, List<TaskState>> states = collect(2);

        assertEquals(List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING, TaskState.TASK_FINISHED), states.get("a"));
        assertEquals(List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING, TaskState.TASK_FINISHED), states.get("b"));
        Path tasks = workDir.resolve("slaves/agent-1/frameworks/fw-1/executors/group/runs/latest/tasks");
        assertEquals("a\n", Files.readString(tasks.resolve("a/here")));
        assertEquals("b\n", Files.readString(tasks.resolve("b/here")));
    }

    @Test
    void aTaskThatFailsTakesTheRestOfItsGroupDown() throws Exception {
        harness.master.send(runGroup(task("a", "exit 2"), task("b", "sleep 300")));

        Map<String, List<TaskState>> states = collect(2);

        assertEquals(TaskState.TASK_FAILED, states.get("a").get(states.get("a").size() - 1));
        assertEquals(TaskState.TASK_KILLED, states.get("b").get(states.get("b").size() - 1));
    }

    /** Acknowledges every update until the executor has exited; the states per task, in order. */
    private Map<String, List<TaskState>> collect(int tasks) throws InterruptedException {
        Map<String, List<TaskState>> states = new LinkedHashMap<>();
        boolean exited = false;
        while (!exited || states.values().stream().filter(s -> isTerminal(s.get(s.size() - 1))).count() < tasks) {
            AgentCall call = harness.master.nextCall();
            if (call.getType() == AgentCall.Type.EXITED_EXECUTOR) {
                assertEquals("group", call.getExitedExecutor().getExecutorId().getValue());
                exited = true;
                continue;
            }
            assertEquals(AgentCall.Type.STATUS_UPDATE, call.getType(), call::toString);
            TaskStatus status = call.getStatusUpdate().getStatus();
            assertEquals("group", status.getExecutorId().getValue());
            states.computeIfAbsent(status.getTaskId().getValue(), k -> new ArrayList<>()).add(status.getState());
            harness.master.send(ack(status));
        }
        return states;
    }

    private static boolean isTerminal(TaskState state) {
        return state == TaskState.TASK_FINISHED || state == TaskState.TASK_FAILED || state == TaskState.TASK_KILLED;
    }

    private static AgentEvent runGroup(io.osmos.protocol.v1.Protos.TaskInfo... tasks) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.RUN_TASK_GROUP).setRunTaskGroup(
                AgentEvent.RunTaskGroup.newBuilder().setFrameworkId(FRAMEWORK_ID).setFramework(FRAMEWORK)
                        .setExecutor(DEFAULT).setTaskGroup(TaskGroupInfo.newBuilder().addAllTasks(List.of(tasks))))
                .build();
    }
}
