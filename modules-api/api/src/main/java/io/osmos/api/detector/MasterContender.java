package io.osmos.api.detector;

import io.osmos.protocol.v1.Protos.MasterInfo;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs a master for leader: the Mesos master contender. The master whose candidacy wins is elected;
 * which one wins is the detector's business ({@link MasterDetector}). Register it with
 * {@link io.osmos.api.Modules#NAME} set, e.g. {@code zookeeper}, and
 * {@code scope = ServiceScope.PROTOTYPE} so each master gets its own candidacy. The candidacy is
 * withdrawn when the service is released (its component deactivated).
 *
 * <p><b>Threading.</b> Called from the master's actor, one call at a time; no method blocks. The
 * returned stages complete on any thread.
 */
@ConsumerType
public interface MasterContender {

    /**
     * Called once, before {@link #contend}, with the MasterInfo of the master this contender stands for
     * (the data written to ZooKeeper or etcd). Throwing means the contender cannot work, and the master
     * does not start.
     */
    void initialize(MasterInfo masterInfo);

    /**
     * Called to enter the contest, and again after candidacy is lost. Calling it again after candidacy
     * was obtained withdraws the earlier candidacy first; calling it while an entry is pending returns
     * the pending stage.
     *
     * @return the outer stage completes once candidacy is registered (e.g. the ZooKeeper node exists)
     *     and completes exceptionally if it cannot be (also if called before {@link #initialize}); its
     *     value, the inner stage, completes when candidacy is lost (session expired, lease gone). A
     *     leading master that sees the inner stage complete gives up leadership, as in Mesos.
     */
    CompletionStage<CompletionStage<Void>> contend();
}
