package io.osmos.agent.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GarbageCollectorTest {
    static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path workDir;
    final ExecutorService io = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "test-gc-io");
        thread.setDaemon(true);
        return thread;
    });
    final ManualClock clock = new ManualClock();
    volatile double usage = 0.2;
    GarbageCollector gc;

    @AfterEach
    void tearDown() {
        if (gc != null) {
            gc.close();
        }
        io.shutdownNow();
    }

    @Test
    void aSandboxIsDeletedOnceItsDelayIsUp() throws Exception {
        gc = new GarbageCollector(new GcSettings(Duration.ofMillis(20), Duration.ofMinutes(1), 0.1),
                InstantSource.system(), () -> usage, io);
        Path sandbox = sandbox("executors/e1/runs/c1");

        CompletableFuture<Void> removed = gc.schedule(sandbox, Duration.ofMillis(20)).toCompletableFuture();

        removed.get(30, TimeUnit.SECONDS); // the collector's own timer, on the real clock
        assertFalse(Files.exists(sandbox));
        assertEquals(1.0, gc.metrics().get("gc/path_removals_succeeded"));
        assertEquals(0.0, gc.metrics().get("gc/path_removals_pending"));
    }

    @Test
    void nothingIsDeletedBeforeItsTime() throws Exception {
        gc = manual(0.1);
        Path sandbox = sandbox("runs/c1");
        CompletableFuture<Void> removed = gc.schedule(sandbox, WEEK).toCompletableFuture();
        awaitPending(1);

        clock.advance(Duration.ofDays(3)); // due in 4 days; at 20% usage the max age is 0.7 weeks
        gc.collectNow().get(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(sandbox));
        assertEquals(1.0, gc.metrics().get("gc/path_removals_pending"));

        clock.advance(Duration.ofDays(4));
        gc.collectNow().get(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(sandbox));
        assertTrue(removed.isDone() && !removed.isCompletedExceptionally());
    }

    @Test
    void aFullerDiskPrunesSooner() throws Exception {
        gc = manual(0.1);
        Path soon = sandbox("runs/soon");
        Path later = sandbox("runs/later");
        gc.schedule(soon, WEEK);
        gc.schedule(later, WEEK.multipliedBy(2));
        awaitPending(2);

        usage = 0.5; // max age = 1 week * (1 - 0.1 - 0.5) = 0.4 weeks: prunes what is due within 0.6 weeks
        gc.collectNow().get(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(soon));
        assertEquals(0.4 * WEEK.toSeconds(), gc.metrics().get("slave/executor_directory_max_allowed_age_secs"), 1e-6);

        usage = 0.95; // max age 0: everything due within a week goes now
        gc.collectNow().get(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(soon));
        assertTrue(Files.exists(later), "due in two weeks, beyond gc_delay");
        assertEquals(0.0, gc.metrics().get("slave/executor_directory_max_allowed_age_secs"));
    }

    @Test
    void anUnscheduledSandboxIsKept() throws Exception {
        gc = manual(0.1);
        Path sandbox = sandbox("runs/c1");
        CompletableFuture<Void> removed = gc.schedule(sandbox, Duration.ofHours(1)).toCompletableFuture();

        assertTrue(gc.unschedule(sandbox).toCompletableFuture().get(30, TimeUnit.SECONDS));
        clock.advance(Duration.ofHours(2));
        gc.collectNow().get(30, TimeUnit.SECONDS);

        assertTrue(Files.exists(sandbox));
        assertThrows(CancellationException.class, removed::join);
        assertFalse(gc.unschedule(sandbox).toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertEquals(0.0, gc.metrics().get("gc/path_removals_pending"));
    }

    @Test
    void schedulingAgainReplacesTheDelay() throws Exception {
        gc = manual(0.0);
        usage = 0.0; // max age = gc_delay: only what is due goes
        Path sandbox = sandbox("runs/c1");
        gc.schedule(sandbox, Duration.ofHours(1));
        gc.schedule(sandbox.resolve("../c1"), Duration.ofHours(5));
        gc.collectNow().get(30, TimeUnit.SECONDS); // the collector handles calls in order: both are in

        clock.advance(Duration.ofHours(2));
        gc.collectNow().get(30, TimeUnit.SECONDS);

        assertTrue(Files.exists(sandbox));
        assertEquals(1.0, gc.metrics().get("gc/path_removals_pending"));
    }

    @Test
    void aSandboxFoundOnRecoveryIsAgedByItsModificationTime() throws Exception {
        gc = manual(0.0);
        usage = 0.0; // max age = gc_delay: only what is due goes
        Path sandbox = sandbox("runs/old");
        Files.setLastModifiedTime(sandbox, FileTime.from(clock.instant().minus(Duration.ofDays(6))));

        gc.garbageCollect(sandbox);
        awaitPending(1);
        clock.advance(Duration.ofHours(23));
        gc.collectNow().get(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(sandbox));

        clock.advance(Duration.ofHours(1));
        gc.collectNow().get(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(sandbox));
    }

    @Test
    void removalDeletesTheTreeButNeverFollowsLinksOutOfIt() throws Exception {
        gc = manual(0.1);
        Path outside = Files.createDirectories(workDir.resolve("precious"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path sandbox = sandbox("runs/c1");
        Files.writeString(Files.createDirectories(sandbox.resolve("a/b")).resolve("log"), "x");
        Files.createSymbolicLink(sandbox.resolve("link"), outside);
        Files.createSymbolicLink(sandbox.resolve("a/file-link"), outside.resolve("keep.txt"));

        gc.schedule(sandbox, Duration.ZERO).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertFalse(Files.exists(sandbox));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void aPathThatCannotBeDeletedIsCountedAndReported() throws Exception {
        gc = manual(0.1);
        Path procfs = Path.of("/proc/self/fdinfo"); // the kernel refuses to delete these, even for root

        CompletableFuture<Void> removed = gc.schedule(procfs, Duration.ZERO).toCompletableFuture();

        ExecutionException e = assertThrows(ExecutionException.class, () -> removed.get(30, TimeUnit.SECONDS));
        String reason = e.getCause().getMessage();
        assertTrue(reason.startsWith("Failed to delete '/proc/self/fdinfo': "), reason);
        assertEquals(1.0, gc.metrics().get("gc/path_removals_failed"));
        assertEquals(0.0, gc.metrics().get("gc/path_removals_pending"));
    }

    /** garbageCollect reads the mtime on an I/O thread first: wait until the path is scheduled. */
    private void awaitPending(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (gc.metrics().get("gc/path_removals_pending") != count) {
            assertTrue(System.nanoTime() < deadline, "Timed out waiting for " + count + " pending removals");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private GarbageCollector manual(double headroom) {
        return new GarbageCollector(new GcSettings(WEEK, Duration.ofMinutes(1), headroom), clock, () -> usage, io);
    }

    private Path sandbox(String relative) throws Exception {
        Path dir = Files.createDirectories(workDir.resolve("slaves/a1/frameworks/f1").resolve(relative));
        Files.writeString(dir.resolve("stdout"), "output");
        return dir;
    }
}
