package io.osmos.itest.firstlight;

import static io.osmos.itest.firstlight.SchedulerClient.EVENT_TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 3's first light: a framework subscribes to {@code osmos local}, takes an offer, runs
 * {@code echo hello} and finds its output in the sandbox; in JSON and in protobuf.
 */
class FirstLightEchoIT {
  @RegisterExtension
  static final LocalOsmos OSMOS = new LocalOsmos();

  @Test
  void jsonFrameworkRunsEchoHelloToFinished() throws IOException {
    runEchoHello(new JsonEncoding(), "echo-json");
  }

  @Test
  void protobufFrameworkRunsEchoHelloToFinished() throws IOException {
    runEchoHello(new ProtobufEncoding(), "echo-protobuf");
  }

  /**
   * Mesos keeps a task whose terminal update is not yet acknowledged among the framework's tasks,
   * so implicit reconciliation reports it with the master as source and nothing to acknowledge.
   */
  @Test
  void implicitReconciliationReportsTheLatestStateOfAFinishedTask() throws IOException {
    try (SchedulerClient framework = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "reconcile")) {
      Offer offer = framework.awaitOffer("an offer", EVENT_TIMEOUT);
      framework.launch(offer, OptionalDouble.empty(), new TaskSpec("reconciled", "true", 0.5, 64));
      List<TaskStatus> updates = TaskUpdates.follow(framework, "reconciled", EVENT_TIMEOUT,
          TaskUpdates.TERMINAL, false);
      TaskStatus finished = updates.get(updates.size() - 1);
      assertEquals(TaskState.TASK_FINISHED, finished.getState(), "task `true`: " + updates);

      framework.reconcile();
      TaskStatus reconciled = framework.awaitUpdate("an UPDATE with reason REASON_RECONCILIATION",
          "reconciled", EVENT_TIMEOUT, s -> s.getReason() == TaskStatus.Reason.REASON_RECONCILIATION);
      assertEquals(TaskState.TASK_FINISHED, reconciled.getState(), "reconciled state: " + reconciled);
      assertEquals(TaskStatus.Source.SOURCE_MASTER, reconciled.getSource(), "reconciled source: " + reconciled);
      assertFalse(reconciled.hasUuid(), "a reconciliation update needs no acknowledgement: " + reconciled);
      framework.acknowledge(finished);
    }
  }

  private static void runEchoHello(Encoding encoding, String name) throws IOException {
    try (SchedulerClient framework = SchedulerClient.subscribe(OSMOS.port(), encoding, name)) {
      Event.Subscribed subscribed = framework.subscribed();
      assertFalse(subscribed.getFrameworkId().getValue().isBlank(), "SUBSCRIBED framework_id: " + subscribed);
      assertTrue(subscribed.hasHeartbeatIntervalSeconds() && subscribed.getHeartbeatIntervalSeconds() > 0,
          "SUBSCRIBED carries a positive heartbeat_interval_seconds: " + subscribed);

      Offer offer = framework.awaitOffer("an offer of the agent", EVENT_TIMEOUT);
      assertEquals(framework.frameworkId(), offer.getFrameworkId(), "the offer names our framework");
      assertTrue(TaskSpec.total(offer, "cpus") >= 0.5 && TaskSpec.total(offer, "mem") >= 64,
          "the offer has room for 0.5 cpus and 64 MB: " + offer);

      String taskId = name + "-task";
      framework.launch(offer, OptionalDouble.empty(), new TaskSpec(taskId, "echo hello", 0.5, 64));
      List<TaskStatus> updates = TaskUpdates.followToEnd(framework, taskId, EVENT_TIMEOUT);
      TaskUpdates.assertStartedThen(TaskState.TASK_FINISHED, updates, framework);

      TaskStatus finished = updates.get(updates.size() - 1);
      assertEquals(offer.getAgentId(), finished.getAgentId(), "the update names the offered agent");
      Path stdout = TaskUpdates.sandbox(OSMOS.agentWorkDir(), finished, framework).resolve("stdout");
      assertTrue(Files.isRegularFile(stdout), "the sandbox has a stdout file: " + stdout);
      String output = Files.readString(stdout);
      assertTrue(output.contains("hello"), "stdout of `echo hello` (" + stdout + "): " + output);
    }
  }
}
