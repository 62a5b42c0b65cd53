package io.osmos.agent.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.hook.AgentHook;
import io.osmos.protocol.v1.Protos.ContainerStatus;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentHooksTest {
    static final FrameworkID FRAMEWORK = FrameworkID.newBuilder().setValue("fw").build();
    static final TaskStatus RUNNING = TaskStatus.newBuilder().setTaskId(TaskID.newBuilder().setValue("t"))
            .setState(TaskState.TASK_RUNNING).setMessage("as sent").build();

    private final AgentHooks hooks = new AgentHooks();

    @Test
    void statusDecoratorsChainByRankingAndReplaceOnlyLabelsAndContainerStatus() {
        hooks.add(labelling("low"), 1, 10);
        hooks.add(labelling("high"), 5, 11);
        hooks.add(new AgentHook() {
            @Override
            public Optional<TaskStatus> slaveTaskStatusDecorator(FrameworkID framework, TaskStatus status) {
                return Optional.of(TaskStatus.newBuilder(status).setMessage("ignored")
                        .setContainerStatus(ContainerStatus.newBuilder().setExecutorPid(42)).build());
            }
        }, 0, 12);

        TaskStatus decorated = hooks.taskStatus(FRAMEWORK, RUNNING);

        assertEquals("high,low", decorated.getLabels().getLabels(0).getValue(), "each hook saw the previous result");
        assertEquals(42, decorated.getContainerStatus().getExecutorPid());
        assertEquals("as sent", decorated.getMessage(), "other fields are the agent's");
    }

    @Test
    void hooksNamedInTheHooksFlagRunFirstInThatOrderThenTheRestByRanking() {
        hooks.add(labelling("ranked-high"), 9, 1, null, "test");
        hooks.add(labelling("audit"), 0, 2, "audit", "test");
        hooks.add(labelling("labels"), 5, 3, "labels", "test");
        hooks.order(List.of("audit", "labels", "not-installed"));

        assertEquals("audit,labels,ranked-high", hooks.taskStatus(FRAMEWORK, RUNNING).getLabels().getLabels(0)
                .getValue(), "audit first, then labels, then the unnamed one");
        assertEquals("audit", hooks.callOrder().get(0));
        assertEquals("labels", hooks.callOrder().get(1));

        hooks.order(List.of());
        assertEquals("ranked-high,labels,audit", hooks.taskStatus(FRAMEWORK, RUNNING).getLabels().getLabels(0)
                .getValue(), "back to ranking order when the flag is cleared");
    }

    @Test
    void aThrowingHookIsSkippedAndCounted() {
        hooks.add(new AgentHook() {
            @Override
            public Optional<TaskStatus> slaveTaskStatusDecorator(FrameworkID framework, TaskStatus status) {
                throw new IllegalStateException("broken hook");
            }
        }, 10, 1);
        hooks.add(labelling("kept"), 0, 2);

        TaskStatus decorated = hooks.taskStatus(FRAMEWORK, RUNNING);

        assertEquals("kept", decorated.getLabels().getLabels(0).getValue());
        assertEquals(1, hooks.failures());
    }

    private static AgentHook labelling(String value) {
        return new AgentHook() {
            @Override
            public Optional<TaskStatus> slaveTaskStatusDecorator(FrameworkID framework, TaskStatus status) {
                String before = status.getLabels().getLabelsCount() == 0 ? "" : status.getLabels().getLabels(0).getValue() + ",";
                return Optional.of(TaskStatus.newBuilder().setLabels(Labels.newBuilder()
                        .addLabels(Label.newBuilder().setKey("seen").setValue(before + value))).buildPartial());
            }
        };
    }
}
