package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.master.validation.ResourceChecks.Refusal;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a LAUNCH_GROUP as Mesos does: every task on its own (as for LAUNCH, and each carrying the
 * group's executor), then the executor (a DEFAULT or CUSTOM one with at least 0.01 cpus, 32 MB of
 * memory and some disk), then whether the offers hold the group and a new executor. The group is
 * launched whole or refused whole, each task getting the same TASK_ERROR.
 */
public final class TaskGroupValidator {
    // Mesos's MIN_CPUS and MIN_MEM: below these an executor cannot do its job.
    private static final double MIN_CPUS = 0.01;
    private static final double MIN_MEM_MB = 32;

    private TaskGroupValidator() {
    }

    /** @param group tasks already carrying the group's executor, as the master fills it in */
    public static Verdict validate(TaskGroupInfo group, ExecutorInfo executor, LaunchContext context) {
        try {
            return check(group, executor, context);
        } catch (Refusal refusal) {
            return Verdict.refused(refusal.getMessage());
        }
    }

    private static Verdict check(TaskGroupInfo group, ExecutorInfo executor, LaunchContext context) {
        if (group.getTasksCount() == 0) {
            throw new Refusal("Task group is empty");
        }
        Set<TaskID> seen = new HashSet<>();
        Resources tasks = Resources.EMPTY;
        for (TaskInfo task : group.getTasksList()) {
            try {
                tasks = tasks.plus(TaskValidator.general(task, context));
                if (!seen.add(task.getTaskId())) {
                    throw new Refusal("Task has duplicate ID: " + task.getTaskId().getValue());
                }
                if (task.hasContainer() && task.getContainer().getType() == ContainerInfo.Type.DOCKER) {
                    throw new Refusal("Docker ContainerInfo is not supported on the task");
                }
            } catch (Refusal refusal) {
                throw new Refusal("Task '" + task.getTaskId().getValue() + "' is invalid: " + refusal.getMessage());
            }
        }
        Resources executorResources = ExecutorValidator.general(executor, context);
        executorSpecifics(group, executor, executorResources);
        Resources total = tasks;
        Optional<ExecutorInfo> newExecutor = Optional.empty();
        if (context.runningExecutor().apply(executor.getExecutorId()) == null) {
            total = total.plus(executorResources);
            newExecutor = Optional.of(executor);
        }
        ResourceChecks.notMixingRevocable(tasks.plus(executorResources), "Task group and executor mix");
        if (!context.available().contains(total)) {
            throw new Refusal("Total resources " + total + " required by task group and its executor are more than"
                    + " available " + context.available());
        }
        return new Verdict(null, tasks, newExecutor, total);
    }

    private static void executorSpecifics(TaskGroupInfo group, ExecutorInfo executor, Resources resources) {
        String id = executor.getExecutorId().getValue();
        if (!executor.hasType()) {
            throw new Refusal("'ExecutorInfo.type' must be set");
        }
        if (executor.getType() == ExecutorInfo.Type.UNKNOWN) {
            throw new Refusal("Unknown executor type");
        }
        if (executor.hasContainer() && executor.getContainer().getType() == ContainerInfo.Type.DOCKER) {
            throw new Refusal("Docker ContainerInfo is not supported on the executor");
        }
        for (TaskInfo task : group.getTasksList()) {
            if (task.hasExecutor() && !task.getExecutor().equals(executor)) {
                throw new Refusal("The `ExecutorInfo` of task '" + task.getTaskId().getValue() + "' is different from"
                        + " executor '" + id + "'");
            }
        }
        double cpus = resources.cpus();
        if (cpus < MIN_CPUS) {
            throw new Refusal("Executor '" + id + "' uses less CPUs (" + (cpus == 0 ? "None" : cpus) + ") than the"
                    + " minimum required (" + MIN_CPUS + ")");
        }
        double mem = resources.mem();
        if (mem < MIN_MEM_MB) {
            throw new Refusal("Executor '" + id + "' uses less memory (" + (mem == 0 ? "None" : mem + "MB") + ") than"
                    + " the minimum required (32MB)");
        }
        if (resources.named("disk").isEmpty()) {
            throw new Refusal("Executor '" + id + "' uses no disk");
        }
    }
}
