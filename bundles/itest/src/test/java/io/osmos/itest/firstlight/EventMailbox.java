package io.osmos.itest.firstlight;

import com.google.protobuf.TextFormat;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The events of one subscription, taken out by what the test is waiting for (selective receive):
 * an OFFERS event that arrives while a test waits for a task update stays here until asked for.
 * Everything received is also kept in order, so a failure can show the whole conversation.
 */
final class EventMailbox {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<Event> pending = new ArrayList<>();
  private final List<String> history = new ArrayList<>();
  private Throwable closedBy;
  private Predicate<Event> diverted = event -> false;
  private Consumer<Event> divertTo = event -> { };

  void deliver(Event event) {
    lock.lock();
    try {
      history.add(TextFormat.printer().emittingSingleLine(true).printToString(event));
      // heartbeats only prove liveness; keeping them would make every later search slower
      if (diverted.test(event)) {
        divertTo.accept(event);
      } else if (event.getType() != Event.Type.HEARTBEAT) {
        pending.add(event);
      }
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * From now on events matching {@code which}, those already waiting included, go to
   * {@code handler} (which must not block) instead of waiting here. Both happen under one lock, so
   * no event slips between them.
   */
  void divert(Predicate<Event> which, Consumer<Event> handler) {
    lock.lock();
    try {
      diverted = which;
      divertTo = handler;
      Optional<Event> waiting;
      while ((waiting = take(which)).isPresent()) {
        handler.accept(waiting.get());
      }
    } finally {
      lock.unlock();
    }
  }

  /** The stream ended; waiters stop at once instead of running into their timeouts. */
  void close(Throwable cause) {
    lock.lock();
    try {
      closedBy = cause;
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Removes and returns the first event matching {@code wanted}, failing after {@code timeout}. */
  Event await(String what, Duration timeout, Predicate<Event> wanted) {
    return poll(timeout, wanted).orElseThrow(() -> new AssertionError("no " + what + " within "
        + timeout + (closedBy == null ? "" : "; the event stream ended: " + closedBy)
        + "\nevents received so far:\n" + conversation()));
  }

  /** Removes and returns the first event matching {@code wanted} within {@code window}, if any. */
  Optional<Event> poll(Duration window, Predicate<Event> wanted) {
    long deadline = System.nanoTime() + window.toNanos();
    lock.lock();
    try {
      while (true) {
        Optional<Event> found = take(wanted);
        long left = deadline - System.nanoTime();
        if (found.isPresent() || closedBy != null || left <= 0) {
          return found;
        }
        arrived.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(500)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for an event", e);
    } finally {
      lock.unlock();
    }
  }

  /** Every event received so far, one per line, heartbeats included. */
  String conversation() {
    lock.lock();
    try {
      return history.isEmpty() ? "  (none)" : "  " + String.join("\n  ", history);
    } finally {
      lock.unlock();
    }
  }

  private Optional<Event> take(Predicate<Event> wanted) {
    for (Iterator<Event> it = pending.iterator(); it.hasNext(); ) {
      Event event = it.next();
      if (wanted.test(event)) {
        it.remove();
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }
}
