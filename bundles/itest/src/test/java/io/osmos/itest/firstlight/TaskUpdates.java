package io.osmos.itest.firstlight;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Following one task's status updates the way a framework must: acknowledge each, in order. */
final class TaskUpdates {
  /** States after which Mesos sends no further update for the task. */
  static final Set<TaskState> TERMINAL = EnumSet.of(TaskState.TASK_FINISHED, TaskState.TASK_FAILED,
      TaskState.TASK_KILLED, TaskState.TASK_ERROR, TaskState.TASK_LOST, TaskState.TASK_DROPPED,
      TaskState.TASK_GONE, TaskState.TASK_GONE_BY_OPERATOR);

  private TaskUpdates() {
  }

  /**
   * Every distinct update of {@code taskId} up to and including a terminal one, each acknowledged
   * (202) as it arrives. A resent update (same uuid, because an acknowledgement crossed a retry) is
   * acknowledged again but listed once.
   */
  static List<TaskStatus> followToEnd(SchedulerClient framework, String taskId, Duration timeout) {
    return follow(framework, taskId, timeout, TERMINAL, true);
  }

  /** Updates up to the first one in {@code until}, each acknowledged unless it is that last one. */
  static List<TaskStatus> follow(SchedulerClient framework, String taskId, Duration timeout,
      Set<TaskState> until, boolean acknowledgeLast) {
    List<TaskStatus> seen = new ArrayList<>();
    Set<Object> uuids = new HashSet<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      TaskStatus status = framework.awaitUpdate("an update of task " + taskId + " after "
          + states(seen), taskId, left, any -> true);
      boolean last = until.contains(status.getState());
      if (status.hasUuid() && (!last || acknowledgeLast)) {
        framework.acknowledge(status);
      }
      if (!status.hasUuid() || uuids.add(status.getUuid())) {
        seen.add(status);
      }
      if (last) {
        return seen;
      }
    }
  }

  static List<TaskState> states(List<TaskStatus> statuses) {
    return statuses.stream().map(TaskStatus::getState).collect(Collectors.toList());
  }

  /** The updates' states are an optional TASK_STARTING, then TASK_RUNNING, then {@code end}. */
  static void assertStartedThen(TaskState end, List<TaskStatus> updates, SchedulerClient framework) {
    List<TaskState> states = states(updates);
    boolean ok = states.equals(List.of(TaskState.TASK_RUNNING, end))
        || states.equals(List.of(TaskState.TASK_STARTING, TaskState.TASK_RUNNING, end));
    assertTrue(ok, "expected [TASK_STARTING?, TASK_RUNNING, " + end + "] but the framework saw "
        + states + "\nevents:\n" + framework.conversation());
    for (TaskStatus update : updates) {
      assertTrue(update.hasUuid(), "an agent's update carries a uuid to acknowledge: " + update);
    }
  }

  /** Where Mesos puts a command task's sandbox: its executor id is the task id. */
  static Path sandbox(Path agentWorkDir, TaskStatus status, SchedulerClient framework) {
    return agentWorkDir.resolve("slaves").resolve(status.getAgentId().getValue())
        .resolve("frameworks").resolve(framework.frameworkId().getValue())
        .resolve("executors").resolve(status.getTaskId().getValue())
        .resolve("runs").resolve("latest");
  }
}
