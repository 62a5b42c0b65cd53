package io.osmos.api.hook;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The master's hook points. Ordering, chaining and failure handling are described in the
 * {@linkplain io.osmos.api.hook package}; a throwing or slow hook is skipped, logged and counted.
 */
@ConsumerType
public interface MasterHook {

    /**
     * Called by the master for each task it is about to launch, after authorization and validation.
     *
     * @param taskInfo the task, carrying the labels the previous hooks produced
     * @return labels that replace the task's labels, or empty to leave them
     */
    default Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo taskInfo, FrameworkInfo frameworkInfo,
            AgentInfo agentInfo) {
        return Optional.empty();
    }

    /**
     * Called by the master for each task it is about to launch, e.g. to give a default amount of a
     * resource that the framework does not know about yet.
     *
     * @param taskInfo the task, carrying the resources the previous hooks produced
     * @param agentResources the resources offered on the agent for this launch
     * @return resources that replace the task's resources, or empty to leave them
     */
    default Optional<Resources> masterLaunchTaskResourceDecorator(TaskInfo taskInfo, Resources agentResources) {
        return Optional.empty();
    }

    /** Called by the master after an agent was removed as lost and every framework was told. */
    default void masterSlaveLostHook(AgentInfo agentInfo) {
    }
}
