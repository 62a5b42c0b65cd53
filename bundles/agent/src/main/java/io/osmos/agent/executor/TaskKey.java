package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;

/** A task is named by its framework and its id; task ids are unique only within a framework. */
public record TaskKey(FrameworkID frameworkId, TaskID taskId) {
}
