package io.osmos.itest.firstlight;

import static io.osmos.itest.firstlight.SchedulerClient.EVENT_TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.itest.support.Await;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How a task ends other than well: its command fails, the framework kills it, or it never fits. */
class FirstLightTaskEndsIT {
  private static final Duration PROCESS_GONE = Duration.ofSeconds(10);

  @RegisterExtension
  static final LocalOsmos OSMOS = new LocalOsmos();

  @Test
  void failingCommandEndsInTaskFailedNamingItsExitStatus() throws IOException {
    try (SchedulerClient framework = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "fails")) {
      Offer offer = framework.awaitOffer("an offer", EVENT_TIMEOUT);
      framework.launch(offer, OptionalDouble.empty(), new TaskSpec("exits-3", "exit 3", 0.5, 64));
      List<TaskStatus> updates = TaskUpdates.followToEnd(framework, "exits-3", EVENT_TIMEOUT);
      TaskUpdates.assertStartedThen(TaskState.TASK_FAILED, updates, framework);
      String message = updates.get(updates.size() - 1).getMessage();
      assertTrue(message.matches("(?is).*status\\W{0,3}3\\b.*"),
          "the TASK_FAILED message names exit status 3: '" + message + "'");
    }
  }

  @Test
  void killEndsInTaskKilledAndTheProcessIsGone() throws IOException {
    // a fraction no other process on the machine uses, so /proc tells this task's process apart
    String command = String.format("sleep 600.%06d", Math.floorMod(System.nanoTime(), 1_000_000));
    try (SchedulerClient framework = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "kills")) {
      Offer offer = framework.awaitOffer("an offer", EVENT_TIMEOUT);
      framework.launch(offer, OptionalDouble.empty(), new TaskSpec("sleeper", command, 0.5, 64));
      List<TaskStatus> started = TaskUpdates.follow(framework, "sleeper", EVENT_TIMEOUT,
          EnumSet.of(TaskState.TASK_RUNNING, TaskState.TASK_FAILED, TaskState.TASK_ERROR), true);
      TaskStatus running = started.get(started.size() - 1);
      assertEquals(TaskState.TASK_RUNNING, running.getState(), "`" + command + "` before the kill: " + started);
      Await.value("`" + command + "` to show up in /proc", PROCESS_GONE, () ->
          ProcessTable.commandLinesContaining(command).isEmpty() ? Optional.empty() : Optional.of(true));

      framework.kill(running.getTaskId(), running.getAgentId());
      List<TaskStatus> ended = TaskUpdates.followToEnd(framework, "sleeper", EVENT_TIMEOUT);
      assertEquals(TaskState.TASK_KILLED, ended.get(ended.size() - 1).getState(),
          "after KILL: " + TaskUpdates.states(ended) + "\nevents:\n" + framework.conversation());
      Await.value("no process running `" + command + "` after TASK_KILLED", PROCESS_GONE, () ->
          ProcessTable.commandLinesContaining(command).isEmpty() ? Optional.of(true) : Optional.empty());
    }
  }

  @Test
  void oversizedLaunchEndsInTaskErrorAndTheResourcesComeBack() throws IOException {
    try (SchedulerClient framework = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "oversized")) {
      Offer offer = framework.awaitOffer("an offer", EVENT_TIMEOUT);
      double tooMany = TaskSpec.total(offer, "cpus") + 1;
      framework.launch(offer, OptionalDouble.empty(), new TaskSpec("too-big", "echo never", tooMany, 64));
      TaskStatus error = framework.awaitUpdate("an update of the over-sized task", "too-big",
          EVENT_TIMEOUT, any -> true);
      assertEquals(TaskState.TASK_ERROR, error.getState(), tooMany + " cpus out of an offer of "
          + TaskSpec.total(offer, "cpus") + ": " + error);
      assertTrue(error.getMessage().toLowerCase().contains("cpus"),
          "the TASK_ERROR message says the cpus do not fit: '" + error.getMessage() + "'");
      if (error.hasUuid()) {
        framework.acknowledge(error);
      }

      // the default 5 s filter on the declined remainder passes well within the timeout
      Offer back = framework.awaitOffer("the agent offered again after TASK_ERROR", EVENT_TIMEOUT);
      assertNotEquals(offer.getId(), back.getId(), "a new offer");
      assertEquals(LocalOsmos.CPUS, TaskSpec.total(back, "cpus"), "all cpus are back: " + back);
      assertEquals(LocalOsmos.MEM, TaskSpec.total(back, "mem"), "all mem is back: " + back);
    }
  }
}
