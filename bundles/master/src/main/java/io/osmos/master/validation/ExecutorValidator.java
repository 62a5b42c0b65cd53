package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.master.validation.ResourceChecks.Refusal;
import io.osmos.protocol.v1.Protos.ExecutorInfo;

/** Checks the custom executor a task names, as Mesos does for the LAUNCH operation. */
final class ExecutorValidator {
    private ExecutorValidator() {
    }

    /** The executor's resources; throws {@link Refusal} naming the first rule it breaks. */
    static Resources validate(ExecutorInfo executor, LaunchContext context) {
        Resources resources = general(executor, context);
        if (executor.hasType() && executor.getType() != ExecutorInfo.Type.CUSTOM) {
            throw new Refusal("'ExecutorInfo.type' must be 'CUSTOM'");
        }
        if (!executor.hasCommand()) {
            throw new Refusal("'ExecutorInfo.command' must be set");
        }
        return resources;
    }

    /** The checks every executor passes, of a LAUNCH or of a LAUNCH_GROUP; returns its resources. */
    static Resources general(ExecutorInfo executor, LaunchContext context) {
        String id = executor.getExecutorId().getValue();
        if (id.isEmpty()) {
            throw new Refusal("ExecutorID must not be empty");
        }
        if (id.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            throw new Refusal("ExecutorID '" + id + "' contains invalid characters");
        }
        if (executor.getType() == ExecutorInfo.Type.DEFAULT && executor.hasCommand()) {
            throw new Refusal("'ExecutorInfo.command' must not be set for 'DEFAULT' executor");
        }
        if (executor.getType() == ExecutorInfo.Type.CUSTOM && !executor.hasCommand()) {
            throw new Refusal("'ExecutorInfo.command' must be set for 'CUSTOM' executor");
        }
        if (executor.hasFrameworkId() && !executor.getFrameworkId().equals(context.frameworkId())) {
            throw new Refusal("ExecutorInfo has an invalid FrameworkID (Actual: "
                    + executor.getFrameworkId().getValue() + " vs Expected: " + context.frameworkId().getValue() + ")");
        }
        if (executor.getShutdownGracePeriod().getNanoseconds() < 0) {
            throw new Refusal("ExecutorInfo's 'shutdown_grace_period' must be non-negative");
        }
        Resources resources = ResourceChecks.parse(executor.getResourcesList(), "Executor uses");
        ResourceChecks.notMixingRevocable(resources, "Executor mixes");
        ExecutorInfo running = context.runningExecutor().apply(executor.getExecutorId());
        if (running != null && !running.equals(withFramework(executor, context))) {
            throw new Refusal("ExecutorInfo is not compatible with existing ExecutorInfo with same ExecutorID '"
                    + id + "'");
        }
        return resources;
    }

    // The master fills in the framework id before recording an executor, so compare like with like.
    static ExecutorInfo withFramework(ExecutorInfo executor, LaunchContext context) {
        return executor.hasFrameworkId() ? executor
                : executor.toBuilder().setFrameworkId(context.frameworkId()).build();
    }
}
