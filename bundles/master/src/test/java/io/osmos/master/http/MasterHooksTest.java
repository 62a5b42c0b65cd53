package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.hook.MasterHook;
import io.osmos.api.resources.Resources;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.runtime.http.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Master hooks: --hooks order before service.ranking, resource decoration, and a hook past its time budget. */
class MasterHooksTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private TestMaster master;
    private FakeAgent agent;
    private Scheduler scheduler;

    @AfterEach
    void close() {
        release.countDown();
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void namedHooksRunFirstInTheConfiguredOrderThenByRanking() {
        start(List.of("second", "first"), Duration.ofSeconds(5));
        master.master.hooks().add(labeller("ranked-high"), 100, 1, null, "test");
        master.master.hooks().add(labeller("first"), 0, 2, "first", "test");
        master.master.hooks().add(labeller("second"), -5, 3, "second", "test");
        master.master.hooks().add(new MasterHook() {
            @Override
            public Optional<Resources> masterLaunchTaskResourceDecorator(TaskInfo task, Resources offered) {
                return Optional.of(Resources.of(task.getResourcesList()).plus(Resources.parse("mem:32")
                        .allocate("*")));
            }
        }, 0, 4, "memory", "test");
        TaskInfo launched = launch();
        assertEquals(List.of("second", "first", "ranked-high"),
                launched.getLabels().getLabelsList().stream().map(Label::getKey).toList());
        assertEquals(Resources.parse("cpus:1;mem:32").allocate("*"), Resources.of(launched.getResourcesList()));
    }

    @Test
    void aHookPastItsBudgetIsSkippedAndCountedWhileTheMasterCarriesOn() throws Exception {
        start(List.of(), Duration.ofMillis(500));
        CountDownLatch called = new CountDownLatch(1);
        master.master.hooks().add(new MasterHook() {
            @Override
            public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo task, FrameworkInfo framework,
                    AgentInfo agentInfo) {
                called.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of(Labels.newBuilder().addLabels(Label.newBuilder().setKey("late")).build());
            }
        }, 0, 1, "stuck", "test 1.0.0");
        scheduler.subscribe(Scheduler.info("hooked"));
        agent.register(FakeAgent.info("agent-1", "cpus:1;mem:64"));
        scheduler.accept(scheduler.awaitOffer().getId(), Scheduler.task("t1", agent.agentId, "cpus:1"));
        assertTrue(called.await(10, TimeUnit.SECONDS), "the hook was called");
        String state = master.operatorOk("{\"type\":\"GET_STATE\"}");
        assertTrue(!state.contains("\"t1\""), "the master answers while the hook runs: " + state);
        TaskInfo launched = agent.await(AgentEvent.Type.RUN_TASK).getRunTask().getTask();
        assertEquals(0, launched.getLabels().getLabelsCount(), "the late hook's labels are not used");
        String metrics = master.get("/metrics/snapshot").body();
        assertTrue(metrics.contains("\"master/hooks/stuck/failures\":1") && metrics.contains("\"master/hook_failures\":1"),
                metrics);
    }

    @Test
    void labelDecoratorsChainAndAThrowingHookIsSkipped() {
        start(List.of(), Duration.ofSeconds(5));
        hooks().add(new MasterHook() {
            @Override
            public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo task, FrameworkInfo framework,
                    AgentInfo agentInfo) {
                return Optional.of(task.getLabels().toBuilder()
                        .addLabels(Label.newBuilder().setKey("team").setValue("storage")).build());
            }
        }, 10, 1);
        hooks().add(new MasterHook() {
            @Override
            public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo task, FrameworkInfo framework,
                    AgentInfo agentInfo) {
                throw new IllegalStateException("broken hook");
            }
        }, 5, 2);
        hooks().add(new MasterHook() {
            @Override
            public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo task, FrameworkInfo framework,
                    AgentInfo agentInfo) {
                return Optional.of(task.getLabels().toBuilder()
                        .addLabels(Label.newBuilder().setKey("seen").setValue(task.getLabels().getLabels(0).getKey()))
                        .build());
            }
        }, 0, 3);
        Labels labels = launch().getLabels();
        assertEquals("team", labels.getLabels(0).getKey());
        assertEquals("seen", labels.getLabels(1).getKey());
        assertEquals("team", labels.getLabels(1).getValue());
        assertTrue(master.get("/metrics/snapshot").body().contains("\"master/hook_failures\":1"));
    }

    private io.osmos.master.core.MasterHooks hooks() {
        return master.master.hooks();
    }

    private void start(List<String> order, Duration budget) {
        master = new TestMaster(MasterSettings.defaults().withHooks(order, budget));
        agent = new FakeAgent(master);
        scheduler = new Scheduler(master, MediaType.JSON);
    }

    private TaskInfo launch() {
        scheduler.subscribe(Scheduler.info("hooked"));
        agent.register(FakeAgent.info("agent-1", "cpus:1;mem:64"));
        scheduler.accept(scheduler.awaitOffer().getId(), Scheduler.task("t1", agent.agentId, "cpus:1"));
        return agent.await(AgentEvent.Type.RUN_TASK).getRunTask().getTask();
    }

    private static MasterHook labeller(String key) {
        return new MasterHook() {
            @Override
            public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo task, FrameworkInfo framework,
                    AgentInfo agentInfo) {
                return Optional.of(task.getLabels().toBuilder().addLabels(Label.newBuilder().setKey(key)).build());
            }
        };
    }
}
