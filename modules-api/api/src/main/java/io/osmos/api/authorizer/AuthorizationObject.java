package io.osmos.api.authorizer;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.MachineID;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.WeightInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an action is done to, as Mesos's {@code authorization::Object}: whichever of these fields the
 * {@link Action} names are set, the rest are empty. Immutable; build one with {@link #builder()}.
 */
public final class AuthorizationObject {

    private final String value;
    private final FrameworkInfo frameworkInfo;
    private final Task task;
    private final TaskInfo taskInfo;
    private final ExecutorInfo executorInfo;
    private final WeightInfo weightInfo;
    private final Resource resource;
    private final CommandInfo commandInfo;
    private final ContainerID containerId;
    private final MachineID machineId;

    private AuthorizationObject(Builder b) {
        value = b.value;
        frameworkInfo = b.frameworkInfo;
        task = b.task;
        taskInfo = b.taskInfo;
        executorInfo = b.executorInfo;
        weightInfo = b.weightInfo;
        resource = b.resource;
        commandInfo = b.commandInfo;
        containerId = b.containerId;
        machineId = b.machineId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An object that is only a string: a role, a path, a principal. */
    public static AuthorizationObject ofValue(String value) {
        return builder().value(value).build();
    }

    /** A role, an endpoint path or a principal, depending on the {@link Action}. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public Optional<FrameworkInfo> frameworkInfo() {
        return Optional.ofNullable(frameworkInfo);
    }

    public Optional<Task> task() {
        return Optional.ofNullable(task);
    }

    public Optional<TaskInfo> taskInfo() {
        return Optional.ofNullable(taskInfo);
    }

    public Optional<ExecutorInfo> executorInfo() {
        return Optional.ofNullable(executorInfo);
    }

    public Optional<WeightInfo> weightInfo() {
        return Optional.ofNullable(weightInfo);
    }

    public Optional<Resource> resource() {
        return Optional.ofNullable(resource);
    }

    public Optional<CommandInfo> commandInfo() {
        return Optional.ofNullable(commandInfo);
    }

    public Optional<ContainerID> containerId() {
        return Optional.ofNullable(containerId);
    }

    public Optional<MachineID> machineId() {
        return Optional.ofNullable(machineId);
    }

    private List<Object> fields() {
        return Arrays.asList(value, frameworkInfo, task, taskInfo, executorInfo, weightInfo, resource,
                commandInfo, containerId, machineId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthorizationObject that && fields().equals(that.fields());
    }

    @Override
    public int hashCode() {
        return fields().hashCode();
    }

    @Override
    public String toString() {
        return "AuthorizationObject" + fields();
    }

    /** Sets the fields an action needs; a null argument leaves the field empty. Not thread-safe. */
    public static final class Builder {
        private String value;
        private FrameworkInfo frameworkInfo;
        private Task task;
        private TaskInfo taskInfo;
        private ExecutorInfo executorInfo;
        private WeightInfo weightInfo;
        private Resource resource;
        private CommandInfo commandInfo;
        private ContainerID containerId;
        private MachineID machineId;

        private Builder() {
        }

        public Builder value(String value) { this.value = value; return this; }
        public Builder frameworkInfo(FrameworkInfo frameworkInfo) { this.frameworkInfo = frameworkInfo; return this; }
        public Builder task(Task task) { this.task = task; return this; }
        public Builder taskInfo(TaskInfo taskInfo) { this.taskInfo = taskInfo; return this; }
        public Builder executorInfo(ExecutorInfo executorInfo) { this.executorInfo = executorInfo; return this; }
        public Builder weightInfo(WeightInfo weightInfo) { this.weightInfo = weightInfo; return this; }
        public Builder resource(Resource resource) { this.resource = resource; return this; }
        public Builder commandInfo(CommandInfo commandInfo) { this.commandInfo = commandInfo; return this; }
        public Builder containerId(ContainerID containerId) { this.containerId = containerId; return this; }
        public Builder machineId(MachineID machineId) { this.machineId = machineId; return this; }

        public AuthorizationObject build() {
            return new AuthorizationObject(this);
        }
    }
}
