package io.osmos.hooks.tasklabel;

import io.osmos.api.Modules;
import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Labels every task the master launches with the name of the framework that launched it, plus the
 * operator's fixed labels, so the task can be traced from {@code /state} or by the executor. A label
 * the task already has under one of these keys is replaced, not doubled; the task's other labels stay.
 */
@Component(property = Modules.NAME + "=" + TaskLabelHook.NAME, configurationPid = TaskLabelHook.PID)
@Designate(ocd = TaskLabelConfig.class)
public final class TaskLabelHook implements MasterHook {
    public static final String NAME = "task_label";
    public static final String PID = "io.osmos.hooks.tasklabel";
    /** The label holding the launching framework's name. */
    public static final String FRAMEWORK = "osmos.io/framework";

    private volatile Map<String, String> fixed = Map.of();

    @Activate
    @Modified
    void configure(TaskLabelConfig config) {
        fixed = parse(config.labels());
    }

    @Override
    public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo task, FrameworkInfo framework, AgentInfo agent) {
        Map<String, String> added = new LinkedHashMap<>();
        added.put(FRAMEWORK, framework.getName());
        added.putAll(fixed);
        Labels.Builder labels = Labels.newBuilder();
        for (Label label : task.getLabels().getLabelsList()) {
            if (!added.containsKey(label.getKey())) {
                labels.addLabels(label);
            }
        }
        added.forEach((key, value) -> labels.addLabels(Label.newBuilder().setKey(key).setValue(value)));
        return Optional.of(labels.build());
    }

    /** {@code k=v,k2=v2}; an entry without '=' or with an empty key fails activation, naming it. */
    static Map<String, String> parse(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || entry.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("labels: '" + entry.trim() + "' is not key=value");
            }
            labels.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return Collections.unmodifiableMap(labels);
    }
}
