package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.master.validation.ResourceChecks.Refusal;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;

/**
 * Checks a task of a LAUNCH operation with the rules of Mesos's master validation, in its order:
 * id, uniqueness, agent, kill policy, resources, executor or command, then whether the offers hold
 * what the task and a new executor need. The first failure is the task's TASK_ERROR message.
 */
public final class TaskValidator {
    private TaskValidator() {
    }

    public static Verdict validate(TaskInfo task, LaunchContext context) {
        try {
            return check(task, context);
        } catch (Refusal refusal) {
            return Verdict.refused(refusal.getMessage());
        }
    }

    private static Verdict check(TaskInfo task, LaunchContext context) {
        Resources resources = general(task, context);
        if (task.hasExecutor() == task.hasCommand()) {
            throw new Refusal("Task should have at least one (but not both) of CommandInfo or ExecutorInfo present");
        }
        Optional<ExecutorInfo> newExecutor = Optional.empty();
        Resources total = resources;
        if (task.hasExecutor()) {
            ExecutorInfo executor = task.getExecutor();
            Resources executorResources = ExecutorValidator.validate(executor, context);
            if (context.runningExecutor().apply(executor.getExecutorId()) == null) {
                newExecutor = Optional.of(executor);
                total = total.plus(executorResources);
                ResourceChecks.notMixingRevocable(total, "Task and its executor mix");
            }
        }
        if (!context.available().contains(total)) {
            throw new Refusal("Total resources " + total + " required by task and its executor is more than"
                    + " available " + context.available());
        }
        return new Verdict(null, resources, newExecutor, total);
    }

    /** The checks every task passes, alone or in a group; returns its resources. */
    static Resources general(TaskInfo task, LaunchContext context) {
        String id = task.getTaskId().getValue();
        if (id.isEmpty()) {
            throw new Refusal("TaskID must not be empty");
        }
        if (!validIdCharacters(id)) {
            throw new Refusal("TaskID '" + id + "' contains invalid characters");
        }
        if (context.taskKnown().test(task.getTaskId())) {
            throw new Refusal("Task has duplicate ID: " + id);
        }
        if (!task.getAgentId().equals(context.agentId())) {
            throw new Refusal("Task uses invalid agent " + task.getAgentId().getValue() + " while agent "
                    + context.agentId().getValue() + " is expected");
        }
        if (task.getKillPolicy().getGracePeriod().getNanoseconds() < 0) {
            throw new Refusal("Task's 'kill_policy.grace_period' must be non-negative");
        }
        if (task.getResourcesCount() == 0) {
            throw new Refusal("Task uses no resources");
        }
        Resources resources = ResourceChecks.parse(task.getResourcesList(), "Task uses");
        ResourceChecks.notMixingRevocable(resources, "Task mixes");
        return resources;
    }

    // A plain loop: this runs for every task launched, where a stream costs a few objects each time.
    private static boolean validIdCharacters(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || c == '/' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
