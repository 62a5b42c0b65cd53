package io.osmos.itest.firstlight;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One of the two wire formats of the v1 scheduler API. Each builds the request bodies a framework
 * sends and reads the records of its event stream; the test logic is the same for both.
 */
interface Encoding {
  /** Content-Type of the calls and Accept of the subscription. */
  String mediaType();

  Event decodeEvent(byte[] record) throws IOException;

  byte[] subscribe(String user, String name);

  /** ACCEPT of one offer with one LAUNCH operation; no filters field when refuseSeconds is empty. */
  byte[] launch(FrameworkID framework, Offer offer, List<TaskSpec> tasks, OptionalDouble refuseSeconds);

  byte[] decline(FrameworkID framework, List<OfferID> offers, double refuseSeconds);

  byte[] revive(FrameworkID framework);

  byte[] kill(FrameworkID framework, TaskID task, AgentID agent);

  byte[] acknowledge(FrameworkID framework, TaskStatus status);

  /** Implicit reconciliation: no tasks listed. */
  byte[] reconcile(FrameworkID framework);

  byte[] teardown(FrameworkID framework);
}
