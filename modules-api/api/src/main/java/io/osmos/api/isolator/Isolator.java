package io.osmos.api.isolator;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerStatus;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Confines one aspect of a container (cpu, memory, disk, filesystem) and reports on it: the Mesos
 * isolator. Every method has a do-nothing default, so an isolator implements only what it isolates.
 * Register it with {@link io.osmos.api.Modules#NAME} set to its {@code --isolation} name.
 *
 * <p><b>Call order.</b> {@link #recover} once when the agent starts, before anything else. Then per
 * container: {@link #prepare} before the executor is forked; {@link #isolate} with its pid once forked,
 * before it runs; {@link #watch} once; {@link #update}, {@link #usage} and {@link #status} any number of
 * times while it runs; {@link #cleanup} exactly once after all its processes have ended. Cleanup follows
 * every prepare that was called, even a failed one, and may name a container this isolator never saw.
 *
 * <p><b>Threading.</b> Called from the agent's containerizer actor. Calls for one container follow the
 * order above; calls for different containers may interleave. No method may block: slow work runs
 * elsewhere and completes the returned stage from any thread.
 */
@ConsumerType
public interface Isolator {

    /**
     * Called once at agent start-up with the containers the agent checkpointed, so the isolator can
     * rebuild its state for them. A failed stage fails the agent's recovery: the agent does not start
     * and reports the isolator's failure.
     *
     * @param orphans containers found on the host that the agent no longer knows; they will be cleaned up
     */
    default CompletionStage<Void> recover(List<ContainerState> states, Set<ContainerID> orphans) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Called before the container's executor is forked.
     *
     * @return what the launch needs from this isolator (environment, commands to run first), or empty.
     *     A failed stage fails the launch: its tasks become TASK_FAILED with reason
     *     {@code REASON_CONTAINER_LAUNCH_FAILED} and a message naming this isolator
     */
    default CompletionStage<Optional<ContainerLaunchInfo>> prepare(ContainerID containerId, ContainerConfig config) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /**
     * Called once the executor's process exists and before it runs, to confine it (e.g. move it into a
     * cgroup). A failed stage fails the launch, as for {@link #prepare}.
     */
    default CompletionStage<Void> isolate(ContainerID containerId, long pid) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Called once per container after {@link #isolate}. The stage completes only if a limit was hit
     * (e.g. the kernel killed a process for memory): the agent then destroys the container and fails its
     * tasks with the limitation's reason and message. A stage that fails does the same with reason
     * {@code REASON_CONTAINER_LIMITATION}. The default never completes.
     */
    default CompletionStage<ContainerLimitation> watch(ContainerID containerId) {
        return new CompletableFuture<>();
    }

    /**
     * Called when the container's resources change (a task joins or leaves its executor). A failed
     * stage destroys the container, its tasks failing with {@code REASON_CONTAINER_UPDATE_FAILED},
     * because it would otherwise run with limits the master does not account for.
     */
    default CompletionStage<Void> update(ContainerID containerId, Resources resources) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Called for every usage sample ({@code /monitor/statistics}, the QoS controller, the resource
     * estimator). The agent merges the statistics of all isolators; a failed stage leaves this
     * isolator's fields out of that sample and is logged.
     */
    default CompletionStage<ResourceStatistics> usage(ContainerID containerId) {
        return CompletableFuture.completedFuture(ResourceStatistics.getDefaultInstance());
    }

    /**
     * Called when the agent reports the container's status (e.g. in a TaskStatus). The agent merges the
     * statuses of all isolators; a failed stage leaves this isolator's fields out and is logged.
     */
    default CompletionStage<ContainerStatus> status(ContainerID containerId) {
        return CompletableFuture.completedFuture(ContainerStatus.getDefaultInstance());
    }

    /**
     * Called once after the container's processes have all ended; undoes what prepare and isolate did.
     * An unknown container must be ignored. A failed stage is logged and counted; the container is
     * gone regardless.
     */
    default CompletionStage<Void> cleanup(ContainerID containerId) {
        return CompletableFuture.completedFuture(null);
    }
}
