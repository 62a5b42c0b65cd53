package io.osmos.hooks.tasklabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskLabelHookTest {
    private static TaskLabelHook hook(String labels) {
        TaskLabelHook hook = new TaskLabelHook();
        hook.configure(new TaskLabelConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TaskLabelConfig.class;
            }

            @Override
            public String labels() {
                return labels;
            }
        });
        return hook;
    }

    private static String decorate(TaskLabelHook hook, Label... existing) {
        TaskInfo task = TaskInfo.newBuilder().setName("t").setLabels(Labels.newBuilder().addAllLabels(List.of(existing)))
                .buildPartial();
        Labels labels = hook.masterLaunchTaskLabelDecorator(task, FrameworkInfo.newBuilder().setName("spark")
                .buildPartial(), AgentInfo.getDefaultInstance()).orElseThrow();
        return labels.getLabelsList().stream().map(l -> l.getKey() + "=" + l.getValue()).collect(Collectors.joining(","));
    }

    private static Label label(String key, String value) {
        return Label.newBuilder().setKey(key).setValue(value).build();
    }

    @Test
    void addsTheFrameworkNameAndKeepsTheTasksOwnLabels() {
        assertEquals("app=web,osmos.io/framework=spark", decorate(hook(""), label("app", "web")));
    }

    @Test
    void configuredLabelsReplaceTheSameKeysInsteadOfDoublingThem() {
        assertEquals("app=web,osmos.io/framework=spark,team=infra",
                decorate(hook("team=infra"), label("team", "old"), label("app", "web")));
    }

    @Test
    void anEntryThatIsNotKeyValueIsRefusedNamingIt() {
        assertEquals("labels: 'team' is not key=value",
                assertThrows(IllegalArgumentException.class, () -> TaskLabelHook.parse("a=b, team")).getMessage());
    }
}
