package io.osmos.api.detector;

import io.osmos.protocol.v1.Protos.MasterInfo;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds the leading master: the Mesos master detector. Register it with {@link io.osmos.api.Modules#NAME}
 * set, e.g. {@code zookeeper}.
 *
 * <p><b>Threading.</b> Called from any actor (master, agent) and possibly concurrently, so it must be
 * thread-safe; it does not block. The returned stage completes on any thread.
 */
@ConsumerType
public interface MasterDetector {

    /**
     * Called in a loop by whoever follows the leader: each call passes back the previous answer.
     * Retryable errors (a lost connection) are retried inside the detector and never surface.
     *
     * @param previous the leader the caller knows of; empty if none
     * @return completes when an election has produced a leader different from {@code previous}, with
     *     that leader, or with empty when there is now no leader (all masters lost). Completes at once
     *     when the current answer already differs from {@code previous}. Completes exceptionally only
     *     for an error the detector cannot recover from; the caller then reports it and stops following.
     */
    CompletionStage<Optional<MasterInfo>> detect(Optional<MasterInfo> previous);
}
