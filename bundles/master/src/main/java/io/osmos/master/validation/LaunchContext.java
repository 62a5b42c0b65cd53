package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a task of an ACCEPT is checked against.
 *
 * @param taskKnown whether the framework already has a task with an id
 * @param runningExecutor the framework's executor with an id already on the agent, or null
 * @param available offered resources not yet used by earlier tasks of the same ACCEPT
 */
public record LaunchContext(FrameworkID frameworkId, AgentID agentId, Predicate<TaskID> taskKnown,
        Function<ExecutorID, ExecutorInfo> runningExecutor, Resources available) {
}
