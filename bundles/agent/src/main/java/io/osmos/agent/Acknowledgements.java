package io.osmos.agent;

import io.osmos.agent.executor.CustomExecutors;
import io.osmos.agent.executor.ExecutorEnds;
import io.osmos.agent.executor.ExecutorRegistry;
import io.osmos.agent.executor.TaskKey;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A framework acknowledged a status update: the stream moves on, the executor that sent it hears of
 * it, and a task (then an executor) whose every update is acknowledged is forgotten. On the actor.
 */
final class Acknowledgements {
    private static final Logger LOG = LoggerFactory.getLogger(Acknowledgements.class);

    private final StatusUpdateManager updates;
    private final ExecutorRegistry executors;
    private final CustomExecutors custom;
    private final ExecutorEnds ends;

    Acknowledgements(StatusUpdateManager updates, ExecutorRegistry executors, CustomExecutors custom,
            ExecutorEnds ends) {
        this.updates = updates;
        this.executors = executors;
        this.custom = custom;
        this.ends = ends;
    }

    void acknowledge(AgentEvent.AcknowledgeStatus ack) {
        Optional<TaskStatus> acknowledged = updates.acknowledge(ack.getFrameworkId(), ack.getTaskId(), ack.getUuid());
        if (acknowledged.isEmpty()) {
            LOG.debug("Ignoring an acknowledgement for task {} that matches no update in flight",
                    ack.getTaskId().getValue());
            return;
        }
        executors.byTask(new TaskKey(ack.getFrameworkId(), ack.getTaskId())).ifPresent(executor -> {
            custom.acknowledged(executor, acknowledged.get());
            executor.task(ack.getTaskId()).ifPresent(task -> ends.acknowledged(executor, task));
        });
    }
}
