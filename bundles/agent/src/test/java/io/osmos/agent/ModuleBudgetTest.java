package io.osmos.agent;

import static io.osmos.agent.AgentHarness.PREFIX;
import static io.osmos.agent.AgentHarness.killTask;
import static io.osmos.agent.AgentHarness.runTask;
import static io.osmos.agent.testing.AgentHttp.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import io.osmos.agent.testing.AgentHttp;
import io.osmos.agent.testing.Await;
import io.osmos.api.hook.AgentHook;
import io.osmos.api.isolator.ContainerConfig;
import io.osmos.api.isolator.ContainerLaunchInfo;
import io.osmos.api.isolator.Isolator;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that hang or throw cost the agent a bounded time and nothing else: hooks are skipped after
 * hook_timeout, isolator calls fail after isolator_timeout, and both are reported.
 */
class ModuleBudgetTest {
    @TempDir
    Path workDir;

    private final CountDownLatch release = new CountDownLatch(1);
    private AgentHarness harness;

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        harness.close();
    }

    @Test
    void anIsolatorThatNeverAnswersPrepareFailsTheLaunchOnceIsolatorTimeoutIsOver() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        Isolator hanging = new Isolator() {
            @Override
            public CompletionStage<Optional<ContainerLaunchInfo>> prepare(ContainerID id, ContainerConfig config) {
                calls.add("prepare");
                return new CompletableFuture<>(); // never answers
            }

            @Override
            public CompletionStage<Void> cleanup(ContainerID id) {
                calls.add("cleanup");
                return CompletableFuture.completedFuture(null);
            }
        };
        harness = new AgentHarness(workDir).set("isolation", "posix/cpu,test/hang,posix/mem")
                .set("isolator_timeout", "300ms").isolator("test/hang", hanging).start();
        harness.master.nextSubscription();

        harness.master.send(runTask("t1", "echo never"));
        harness.nextAcked(TaskState.TASK_STARTING);
        TaskStatus failed = harness.nextUpdate(TaskState.TASK_FAILED);

        assertEquals("Failed to launch the command: Isolator 'test/hang' failed to prepare the container: it did not "
                + "answer within 300ms (isolator_timeout)", failed.getMessage());
        assertEquals(TaskStatus.Reason.REASON_CONTAINER_LAUNCH_FAILED, failed.getReason());
        Await.until("the failed container to be cleaned up", Duration.ofSeconds(10),
                () -> calls.equals(List.of("prepare", "cleanup")));
        assertEquals(1.0, at(metrics(), "slave/container_launch_errors").getNumberValue());
    }

    @Test
    void aHangingHookAndAThrowingHookAreSkippedCountedAndTheTaskRunsOn() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        AtomicInteger returned = new AtomicInteger();
        harness = new AgentHarness(workDir).set("hook_timeout", "200ms");
        harness.hooks.add(new AgentHook() {
            @Override
            public Optional<TaskStatus> slaveTaskStatusDecorator(FrameworkID framework, TaskStatus status) {
                threads.add(Thread.currentThread().getName());
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                returned.incrementAndGet();
                return Optional.of(labelled(status, "hung"));
            }
        }, 10, 1, "test/hanging", "test.hooks 1.0.0");
        harness.hooks.add(new AgentHook() {
            @Override
            public Optional<Labels> slaveRunTaskLabelDecorator(TaskInfo task, ExecutorInfo executor,
                    FrameworkInfo framework, AgentInfo agent) {
                throw new IllegalStateException("broken hook");
            }
        }, 5, 2, "test/throwing", "test.hooks 1.0.0");
        harness.hooks.add(new AgentHook() {
            @Override
            public Optional<TaskStatus> slaveTaskStatusDecorator(FrameworkID framework, TaskStatus status) {
                return Optional.of(labelled(status, "seen"));
            }
        }, 0, 3, "test/labelling", "test.hooks 1.0.0");
        harness.start();
        harness.master.nextSubscription();

        long sent = System.nanoTime();
        harness.master.send(runTask("t1", "sleep 300"));
        TaskStatus starting = harness.nextAcked(TaskState.TASK_STARTING);
        Duration took = Duration.ofNanos(System.nanoTime() - sent);
        TaskStatus running = harness.nextAcked(TaskState.TASK_RUNNING);

        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "the hanging hook cost about its budget: " + took);
        assertEquals(List.of("seen"), values(starting), "the hanging hook was skipped after 200ms");
        assertEquals(List.of("seen"), values(running), "and at once while its first call still hangs");
        assertTrue(threads.get(0).startsWith("osmos-agent-hook-"), "hooks run on hook threads: " + threads);
        Struct metrics = metrics();
        // The hanging hook: over budget once, then skipped at once while busy (executor environment,
        // post-fetch, TASK_RUNNING); the throwing one once.
        assertEquals(5.0, at(metrics, "slave/hook_failures").getNumberValue());
        assertEquals(4.0, at(metrics, "slave/hooks/test/hanging/failures").getNumberValue());
        assertEquals(1.0, at(metrics, "slave/hooks/test/throwing/failures").getNumberValue());

        release.countDown();
        Await.until("the hanging hook's call to return", Duration.ofSeconds(10), () -> returned.get() == 1);
        harness.master.send(killTask("t1"));
        assertEquals(List.of("hung", "seen"), values(harness.nextUpdate(TaskState.TASK_KILLED)),
                "a hook that returned is called again");
    }

    private Struct metrics() {
        AgentHttp http = new AgentHttp("http://127.0.0.1:" + harness.master.port() + PREFIX);
        return http.json(http.get("/metrics/snapshot"));
    }

    private static TaskStatus labelled(TaskStatus status, String value) {
        return status.toBuilder().setLabels(status.getLabels().toBuilder()
                .addLabels(Label.newBuilder().setKey("hook").setValue(value))).build();
    }

    private static List<String> values(TaskStatus status) {
        return status.getLabels().getLabelsList().stream().map(Label::getValue).toList();
    }
}
