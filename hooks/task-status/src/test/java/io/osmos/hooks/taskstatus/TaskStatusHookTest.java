package io.osmos.hooks.taskstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskStatusHookTest {
    @Test
    void labelsTheUpdateWithHostAndTimeKeepingTheExecutorsLabels() {
        TaskStatusHook hook = new TaskStatusHook("node-7", Clock.fixed(Instant.ofEpochMilli(1234), ZoneOffset.UTC));
        TaskStatus status = TaskStatus.newBuilder().setTaskId(TaskID.newBuilder().setValue("t1")).setState(TaskState.TASK_RUNNING)
                .setLabels(Labels.newBuilder().addLabels(Label.newBuilder().setKey("exit").setValue("0"))
                        .addLabels(Label.newBuilder().setKey(TaskStatusHook.HOST).setValue("stale")))
                .buildPartial();
        TaskStatus decorated = hook.slaveTaskStatusDecorator(FrameworkID.newBuilder().setValue("f").build(), status)
                .orElseThrow();
        assertEquals("exit=0,osmos.io/agent_host=node-7,osmos.io/reported_at=1234", decorated.getLabels()
                .getLabelsList().stream().map(l -> l.getKey() + "=" + l.getValue()).collect(Collectors.joining(",")));
        assertEquals(TaskState.TASK_RUNNING, decorated.getState());
    }
}
