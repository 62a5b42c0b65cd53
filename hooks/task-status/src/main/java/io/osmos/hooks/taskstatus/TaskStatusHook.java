package io.osmos.hooks.taskstatus;

import io.osmos.api.Modules;
import io.osmos.api.hook.AgentHook;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Labels every status update the agent forwards with the host that reported it and when (epoch
 * milliseconds), so a framework can tell which machine saw a task fail and how stale an update is.
 * The executor's own labels stay; earlier values of these two keys are replaced.
 */
@Component(property = Modules.NAME + "=" + TaskStatusHook.NAME)
public final class TaskStatusHook implements AgentHook {
    public static final String NAME = "task_status";
    public static final String HOST = "osmos.io/agent_host";
    public static final String REPORTED_AT = "osmos.io/reported_at";

    private final String host;
    private final Clock clock;

    public TaskStatusHook() {
        this(localHostName(), Clock.systemUTC());
    }

    TaskStatusHook(String host, Clock clock) {
        this.host = host;
        this.clock = clock;
    }

    @Override
    public Optional<TaskStatus> slaveTaskStatusDecorator(FrameworkID frameworkId, TaskStatus status) {
        Labels.Builder labels = Labels.newBuilder();
        status.getLabels().getLabelsList().stream().filter(l -> !Set.of(HOST, REPORTED_AT).contains(l.getKey()))
                .forEach(labels::addLabels);
        labels.addLabels(Label.newBuilder().setKey(HOST).setValue(host));
        labels.addLabels(Label.newBuilder().setKey(REPORTED_AT).setValue(Long.toString(clock.millis())));
        return Optional.of(status.toBuilder().setLabels(labels).build());
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // a host without a resolvable name still reports; the label then says so
            return "unknown";
        }
    }
}
