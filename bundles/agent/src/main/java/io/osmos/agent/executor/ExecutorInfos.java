package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;

/** The ExecutorInfo of the agent's own command executor, and how to recognise one after a restart. */
public final class ExecutorInfos {
    /** Marks the ExecutorInfo the agent made up for a command task. */
    static final String COMMAND_EXECUTOR_LABEL = "osmos.command_executor";

    private ExecutorInfos() {
    }

    /** As Mesos: the executor id is the task id, and the name says which task and command it runs. */
    static ExecutorInfo command(FrameworkID framework, TaskInfo task) {
        CommandInfo command = task.getCommand();
        String shown = command.getShell() ? "sh -c '" + command.getValue() + "'"
                : String.join(" ", command.getArgumentsList().isEmpty() ? java.util.List.of(command.getValue())
                        : command.getArgumentsList());
        return ExecutorInfo.newBuilder()
                .setExecutorId(ExecutorID.newBuilder().setValue(task.getTaskId().getValue()))
                .setFrameworkId(framework)
                .setName("Command Executor (Task: " + task.getTaskId().getValue() + ") (Command: " + shown + ")")
                .setCommand(command)
                .setSource(task.getTaskId().getValue())
                .addAllResources(task.getResourcesList())
                .setLabels(Labels.newBuilder().addLabels(Label.newBuilder().setKey(COMMAND_EXECUTOR_LABEL)
                        .setValue("true")))
                .build();
    }

    public static Executor.Kind kind(ExecutorInfo info) {
        if (info.getType() == ExecutorInfo.Type.DEFAULT) {
            return Executor.Kind.DEFAULT;
        }
        boolean command = info.getLabels().getLabelsList().stream()
                .anyMatch(l -> l.getKey().equals(COMMAND_EXECUTOR_LABEL));
        return command ? Executor.Kind.COMMAND : Executor.Kind.CUSTOM;
    }
}
