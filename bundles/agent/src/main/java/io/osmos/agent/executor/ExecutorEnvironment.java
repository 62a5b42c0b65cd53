package io.osmos.agent.executor;

import io.osmos.agent.config.AgentSettings;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.runtime.flags.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a Mesos agent gives an executor (and a command task), so that executors and scripts
 * written for Mesos find the agent, their sandbox and their ids.
 */
final class ExecutorEnvironment {
    /** How long an executor waits between attempts to subscribe again; Mesos's default. */
    static final String SUBSCRIPTION_BACKOFF_MAX = "2secs";

    private ExecutorEnvironment() {
    }

    static Map<String, String> of(AgentSettings settings, AgentID agentId, Executor executor, Path sandbox,
            Optional<TaskID> task) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MESOS_FRAMEWORK_ID", executor.frameworkId().getValue());
        env.put("MESOS_EXECUTOR_ID", executor.id().getValue());
        task.ifPresent(t -> env.put("MESOS_TASK_ID", t.getValue()));
        env.put("MESOS_DIRECTORY", sandbox.toString());
        env.put("MESOS_SANDBOX", sandbox.toString());
        env.put("MESOS_AGENT_ID", agentId.getValue());
        env.put("MESOS_SLAVE_ID", agentId.getValue());
        String endpoint = settings.containerizer().executorEndpoint();
        env.put("MESOS_AGENT_ENDPOINT", endpoint);
        // Mesos executor libraries find the endpoint's path in the pid's id: <id>/api/v1/executor.
        String prefix = settings.httpPrefix();
        env.put("MESOS_SLAVE_PID", (prefix.isEmpty() ? "slave(1)" : prefix.substring(1)) + "@" + endpoint);
        env.put("OSMOS_EXECUTOR_API", "http://" + endpoint + prefix + "/api/v1/executor");
        env.put("MESOS_CHECKPOINT", executor.checkpoint() ? "1" : "0");
        env.put("MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD", Durations.format(shutdownGracePeriod(settings,
                executor.info())));
        if (executor.checkpoint()) {
            env.put("MESOS_RECOVERY_TIMEOUT", Durations.format(settings.recovery().recoveryTimeout()));
            env.put("MESOS_SUBSCRIPTION_BACKOFF_MAX", SUBSCRIPTION_BACKOFF_MAX);
        }
        return env;
    }

    /** The executor's own shutdown grace period, else the agent's. */
    static Duration shutdownGracePeriod(AgentSettings settings, ExecutorInfo info) {
        return info.hasShutdownGracePeriod()
                ? Duration.ofNanos(Math.max(0, info.getShutdownGracePeriod().getNanoseconds()))
                : settings.executorShutdownGracePeriod();
    }
}
