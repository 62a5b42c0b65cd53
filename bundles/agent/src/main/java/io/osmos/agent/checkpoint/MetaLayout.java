package io.osmos.agent.checkpoint;

import io.osmos.agent.containerizer.Segments;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import java.nio.file.Path;

/**
 * Where the agent checkpoints, the Mesos agent's layout under {@code <work_dir>/meta}:
 * <pre>
 * meta/boot_id
 * meta/slaves/latest -&gt; &lt;agent id&gt;
 * meta/slaves/&lt;agent&gt;/slave.info
 * meta/slaves/&lt;agent&gt;/frameworks/&lt;framework&gt;/framework.info
 *   .../executors/&lt;executor&gt;/executor.info
 *   .../executors/&lt;executor&gt;/runs/latest -&gt; &lt;container id&gt;
 *   .../executors/&lt;executor&gt;/runs/&lt;container&gt;/pids/forked.pid
 *   .../executors/&lt;executor&gt;/runs/&lt;container&gt;/tasks/&lt;task&gt;/task.info
 *   .../executors/&lt;executor&gt;/runs/&lt;container&gt;/tasks/&lt;task&gt;/task.updates
 * </pre>
 */
public record MetaLayout(Path meta) {

    public static MetaLayout of(Path workDir) {
        return new MetaLayout(workDir.resolve("meta"));
    }

    public Path bootId() {
        return meta.resolve("boot_id");
    }

    public Path agents() {
        return meta.resolve("slaves");
    }

    public Path latestAgent() {
        return agents().resolve("latest");
    }

    public Path agent(AgentID agent) {
        return agents().resolve(Segments.check("agent", agent.getValue()));
    }

    public Path agentInfo(AgentID agent) {
        return agent(agent).resolve("slave.info");
    }

    public Path framework(AgentID agent, FrameworkID framework) {
        return agent(agent).resolve("frameworks").resolve(Segments.check("framework", framework.getValue()));
    }

    public Path frameworkInfo(AgentID agent, FrameworkID framework) {
        return framework(agent, framework).resolve("framework.info");
    }

    public Path executor(AgentID agent, FrameworkID framework, ExecutorID executor) {
        return framework(agent, framework).resolve("executors").resolve(Segments.check("executor", executor.getValue()));
    }

    public Path executorInfo(AgentID agent, FrameworkID framework, ExecutorID executor) {
        return executor(agent, framework, executor).resolve("executor.info");
    }

    public Path run(AgentID agent, FrameworkID framework, ExecutorID executor, ContainerID container) {
        return executor(agent, framework, executor).resolve("runs").resolve(Segments.check("container", container.getValue()));
    }

    public Path forkedPid(AgentID agent, FrameworkID framework, ExecutorID executor, ContainerID container) {
        return run(agent, framework, executor, container).resolve("pids").resolve("forked.pid");
    }

    public Path task(AgentID agent, FrameworkID framework, ExecutorID executor, ContainerID container, TaskID task) {
        return run(agent, framework, executor, container).resolve("tasks").resolve(Segments.check("task", task.getValue()));
    }

    public Path taskInfo(AgentID agent, FrameworkID framework, ExecutorID executor, ContainerID container, TaskID task) {
        return task(agent, framework, executor, container, task).resolve("task.info");
    }

    public Path taskUpdates(AgentID agent, FrameworkID framework, ExecutorID executor, ContainerID container,
            TaskID task) {
        return task(agent, framework, executor, container, task).resolve("task.updates");
    }
}
