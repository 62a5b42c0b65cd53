package io.osmos.master.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.DurationInfo;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.Value;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskValidatorTest {
    private static final FrameworkID FRAMEWORK = FrameworkID.newBuilder().setValue("m-0000").build();
    private static final AgentID AGENT = AgentID.newBuilder().setValue("m-S0").build();
    private static final Resources OFFERED = Resources.parse("cpus:2;mem:1024;ports:[31000-32000]");

    private Map<ExecutorID, ExecutorInfo> running = Map.of();

    @Test
    void aTaskWithinTheOfferIsValidAndConsumesItsResources() {
        Verdict verdict = validate(task("t1").build());
        assertNull(verdict.error());
        assertEquals(Resources.parse("cpus:1;mem:128"), verdict.consumed());
    }

    @Test
    void aTaskIdWithASlashIsRefused() {
        assertEquals("TaskID 'a/b' contains invalid characters", validate(task("a/b").build()).error());
    }

    @Test
    void anEmptyTaskIdIsRefused() {
        assertEquals("TaskID must not be empty", validate(task("").build()).error());
    }

    @Test
    void aTaskIdTheFrameworkAlreadyUsesIsRefused() {
        Verdict verdict = TaskValidator.validate(task("t1").build(), new LaunchContext(FRAMEWORK, AGENT,
                Set.of(TaskID.newBuilder().setValue("t1").build())::contains, running::get, OFFERED));
        assertEquals("Task has duplicate ID: t1", verdict.error());
    }

    @Test
    void aTaskForAnotherAgentIsRefused() {
        assertEquals("Task uses invalid agent m-S9 while agent m-S0 is expected",
                validate(task("t1").setAgentId(AgentID.newBuilder().setValue("m-S9")).build()).error());
    }

    @Test
    void aNegativeKillGracePeriodIsRefused() {
        TaskInfo task = task("t1").setKillPolicy(KillPolicy.newBuilder()
                .setGracePeriod(DurationInfo.newBuilder().setNanoseconds(-1))).build();
        assertEquals("Task's 'kill_policy.grace_period' must be non-negative", validate(task).error());
    }

    @Test
    void aTaskWithoutResourcesIsRefused() {
        assertEquals("Task uses no resources", validate(task("t1").clearResources().build()).error());
    }

    @Test
    void negativeResourcesAreRefusedNamingTheResource() {
        TaskInfo task = task("t1").addResources(Resource.newBuilder().setName("cpus").setType(Value.Type.SCALAR)
                .setScalar(Value.Scalar.newBuilder().setValue(-1))).build();
        String error = validate(task).error();
        assertTrue(error.startsWith("Task uses invalid resources: ") && error.contains("cpus")
                && error.contains("negative"), error);
    }

    @Test
    void aTaskWithBothCommandAndExecutorIsRefused() {
        TaskInfo task = task("t1").setExecutor(executor("e1", "cpus:0.1;mem:32")).build();
        assertEquals("Task should have at least one (but not both) of CommandInfo or ExecutorInfo present",
                validate(task).error());
    }

    @Test
    void aTaskWithNeitherCommandNorExecutorIsRefused() {
        assertEquals("Task should have at least one (but not both) of CommandInfo or ExecutorInfo present",
                validate(task("t1").clearCommand().build()).error());
    }

    @Test
    void aTaskLargerThanTheOfferIsRefusedNamingBothAmounts() {
        TaskInfo task = task("t1").clearResources().addAllResources(Resources.parse("cpus:4;mem:128").toProtos())
                .build();
        assertEquals("Total resources cpus:4; mem:128 required by task and its executor is more than available "
                + OFFERED, validate(task).error());
    }

    @Test
    void aNewExecutorsResourcesCountTowardsTheOffer() {
        TaskInfo task = task("t1").clearCommand().setExecutor(executor("e1", "cpus:1.5;mem:32")).build();
        String error = validate(task).error();
        assertTrue(error.startsWith("Total resources ") && error.contains("is more than available"), error);
    }

    @Test
    void aRunningExecutorIsNotCountedAgain() {
        ExecutorInfo executor = executor("e1", "cpus:1.5;mem:32").toBuilder().setFrameworkId(FRAMEWORK).build();
        running = Map.of(executor.getExecutorId(), executor);
        Verdict verdict = validate(task("t1").clearCommand().setExecutor(executor).build());
        assertNull(verdict.error());
        assertTrue(verdict.newExecutor().isEmpty());
        assertEquals(Resources.parse("cpus:1;mem:128"), verdict.consumed());
    }

    @Test
    void anExecutorDifferentFromTheRunningOneWithItsIdIsRefused() {
        ExecutorInfo executor = executor("e1", "cpus:0.1;mem:32").toBuilder().setFrameworkId(FRAMEWORK).build();
        running = Map.of(executor.getExecutorId(), executor);
        TaskInfo task = task("t1").clearCommand().setExecutor(executor.toBuilder().setName("changed")).build();
        assertEquals("ExecutorInfo is not compatible with existing ExecutorInfo with same ExecutorID 'e1'",
                validate(task).error());
    }

    @Test
    void anExecutorOfAnotherFrameworkIsRefused() {
        TaskInfo task = task("t1").clearCommand().setExecutor(executor("e1", "cpus:0.1;mem:32").toBuilder()
                .setFrameworkId(FrameworkID.newBuilder().setValue("m-0007"))).build();
        assertEquals("ExecutorInfo has an invalid FrameworkID (Actual: m-0007 vs Expected: m-0000)",
                validate(task).error());
    }

    @Test
    void anExecutorWithoutCommandIsRefused() {
        TaskInfo task = task("t1").clearCommand().setExecutor(executor("e1", "cpus:0.1").toBuilder().clearCommand())
                .build();
        assertEquals("'ExecutorInfo.command' must be set", validate(task).error());
    }

    private Verdict validate(TaskInfo task) {
        return TaskValidator.validate(task, new LaunchContext(FRAMEWORK, AGENT, id -> false, running::get, OFFERED));
    }

    private static TaskInfo.Builder task(String id) {
        return TaskInfo.newBuilder().setName("task " + id).setTaskId(TaskID.newBuilder().setValue(id))
                .setAgentId(AGENT).addAllResources(Resources.parse("cpus:1;mem:128").toProtos())
                .setCommand(CommandInfo.newBuilder().setValue("true"));
    }

    private static ExecutorInfo executor(String id, String resources) {
        return ExecutorInfo.newBuilder().setExecutorId(ExecutorID.newBuilder().setValue(id))
                .setCommand(CommandInfo.newBuilder().setValue("./executor"))
                .addAllResources(Resources.parse(resources).toProtos()).build();
    }
}
