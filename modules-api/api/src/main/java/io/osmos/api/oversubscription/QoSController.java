package io.osmos.api.oversubscription;

import io.osmos.protocol.v1.Protos.ResourceUsage;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Watches the quality of service of an agent's regular tasks and asks for revocable work to be killed
 * when it suffers: the Mesos QoS controller. Register it with {@link io.osmos.api.Modules#NAME} set,
 * e.g. {@code load}.
 *
 * <p><b>Threading.</b> Called from the agent's actor, one call at a time; no method blocks. Stages
 * complete on any thread.
 */
@ConsumerType
public interface QoSController {

    /**
     * Called once when the agent starts, before {@link #corrections}. Throwing means the controller
     * cannot work: the agent does not start, and reports why.
     *
     * @param usage asks the agent for a fresh usage sample of all its executors; callable from any
     *     thread, any number of times
     */
    void initialize(Supplier<CompletionStage<ResourceUsage>> usage);

    /**
     * Called by the agent in a loop: it waits for the stage, carries out the corrections, and calls
     * again after {@code --qos_correction_interval_min}. The stage may stay pending until there is
     * something to correct.
     *
     * @return the corrections to make now; possibly none. A failed stage is logged and the agent asks
     *     again after the interval
     */
    CompletionStage<List<QoSCorrection>> corrections();
}
