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
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two frameworks on one agent: offer filters from DECLINE, REVIVE, and taking turns to run tasks. */
class FirstLightSharingIT {
  // several allocation intervals (1 s by default): long enough for the allocator to have offered
  // the agent to the filtered framework, had it ignored the filter
  private static final Duration FILTER_WINDOW = Duration.ofSeconds(4);
  private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);

  @RegisterExtension
  static final LocalOsmos OSMOS = new LocalOsmos();

  @Test
  void declineFilterSendsTheAgentToTheOtherFrameworkUntilRevive() throws IOException {
    try (SchedulerClient a = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "filter-a")) {
      Offer first = a.awaitOffer("A's first offer", EVENT_TIMEOUT);
      try (SchedulerClient b = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "filter-b")) {
        a.decline(first, 3600);
        Offer toB = b.awaitOffer("B's offer of the agent A declined for an hour", EVENT_TIMEOUT);
        assertEquals(first.getAgentId(), toB.getAgentId(), "the same agent");

        // B refuses for a second only, so the allocator keeps offering the agent during the window
        b.decline(toB, 1);
        Optional<Offer> leaked = a.pollOffer(FILTER_WINDOW);
        assertTrue(leaked.isEmpty(), "A declined the agent with refuse_seconds=3600, yet within "
            + FILTER_WINDOW + " it was offered to A again: " + leaked);
        Offer again = b.awaitOffer("B's offer once its 1 s filter expired", EVENT_TIMEOUT);
        assertEquals(first.getAgentId(), again.getAgentId(), "the same agent");

        b.decline(again, 3600);
        a.revive();
        Offer revived = a.awaitOffer("A's offer after REVIVE cleared its filter", EVENT_TIMEOUT);
        assertEquals(first.getAgentId(), revived.getAgentId(), "the same agent");
      }
    }
  }

  @Test
  void twoFrameworksEachRunATaskToFinishedOnTheSameAgent() throws IOException {
    try (SchedulerClient a = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "share-a");
        SchedulerClient b = SchedulerClient.subscribe(OSMOS.port(), new ProtobufEncoding(), "share-b")) {
      assertNotEquals(a.frameworkId(), b.frameworkId(), "each subscription gets its own framework_id");
      CompletableFuture<List<TaskStatus>> runA = CompletableFuture.supplyAsync(() -> runOneTask(a, "task-of-a"));
      CompletableFuture<List<TaskStatus>> runB = CompletableFuture.supplyAsync(() -> runOneTask(b, "task-of-b"));
      List<TaskStatus> ofA = Await.future("framework A's task to end", TASK_TIMEOUT, runA);
      List<TaskStatus> ofB = Await.future("framework B's task to end", TASK_TIMEOUT, runB);
      TaskUpdates.assertStartedThen(TaskState.TASK_FINISHED, ofA, a);
      TaskUpdates.assertStartedThen(TaskState.TASK_FINISHED, ofB, b);
      assertEquals(ofA.get(0).getAgentId(), ofB.get(0).getAgentId(), "both ran on the one agent");
    }
  }

  /**
   * What a one-task framework does: launch on the first offer, hand the rest back at once
   * (refuse_seconds 0) and decline whatever comes later, so the other framework gets its turn.
   */
  private static List<TaskStatus> runOneTask(SchedulerClient framework, String taskId) {
    Offer offer = framework.awaitOffer("an offer for " + taskId, TASK_TIMEOUT);
    framework.launch(offer, OptionalDouble.of(0), new TaskSpec(taskId, "echo shared", 0.5, 64));
    framework.declineFurtherOffers();
    try {
      return TaskUpdates.followToEnd(framework, taskId, TASK_TIMEOUT);
    } catch (UncheckedIOException e) {
      throw new AssertionError("while following " + taskId, e);
    }
  }
}
