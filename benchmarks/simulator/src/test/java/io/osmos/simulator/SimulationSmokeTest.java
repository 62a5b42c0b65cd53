package io.osmos.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.simulator.framework.LaunchReport;
import io.osmos.simulator.probe.StateTiming;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A small cluster end to end: every task a framework asks for ends up running, and the master says so. */
class SimulationSmokeTest {
    @Test
    @Timeout(60)
    void fiftyAgentsRunTwoThousandTasksOfTwoFrameworks() throws Exception {
        Options options = Options.parse("--agents=50", "--frameworks=2", "--tasks=2000", "--duration=30secs",
                "--agent_resources=cpus:1;mem:1024", "--task_resources=cpus:0.01;mem:1", "--state_runs=1");
        try (Simulation simulation = Simulation.start(options)) {
            assertEquals(50, simulation.registeredAgents());

            LaunchReport launch = simulation.launch();
            assertEquals(2000, launch.running(), "tasks RUNNING; failures: " + launch.failures());
            assertEquals(0, launch.failed(), launch.failures());
            assertEquals(0, launch.problems(), launch.failures());
            assertTrue(launch.launchesPerSecond() > 0);
            assertTrue(launch.p50Millis() > 0 && launch.p50Millis() <= launch.p99Millis());

            Measurements measured = simulation.measure();
            assertEquals(2000, measured.metric("master/tasks_running"));
            assertEquals(50, measured.metric("master/slaves_active"));
            assertEquals(2, measured.metric("master/frameworks_active"));
            assertEquals(0, measured.metric("master/tasks_staging"));
            for (StateTiming state : measured.state()) {
                assertEquals(200, state.status(), state.call() + " " + state.error());
                assertTrue(state.bytes() > 2000 * 20, state.call() + " holds the tasks: " + state.bytes() + " bytes");
            }
            assertEquals(0, simulation.agentCounters().orElseThrow().failures(),
                    simulation.agentCounters().orElseThrow().firstFailures());
        }
    }

    @Test
    @Timeout(60)
    void agentsInAChildProcessRegisterAndRunTasks() throws Exception {
        Options options = Options.parse("--agents=20", "--frameworks=1", "--tasks=200", "--duration=30secs",
                "--agent_processes=1", "--agent_jvm_options=-Xmx128m", "--state_runs=1");
        try (Simulation simulation = Simulation.start(options)) {
            assertEquals(20, simulation.registeredAgents());
            LaunchReport launch = simulation.launch();
            assertEquals(200, launch.running(), "tasks RUNNING; failures: " + launch.failures());
            Map<String, Double> metrics = simulation.probes().metrics();
            assertEquals(200, metrics.get("master/tasks_running"));
            assertEquals(20, metrics.get("master/slaves_active"));
        }
    }

    @Test
    @Timeout(60)
    void warmUpRoundsAreTornDownBeforeTheMeasuredRoundWhichCountsBothJvms() throws Exception {
        // 400 warm-up tasks in two rounds of 200 fill the agents (20 x 10) each time: the measured
        // 200 can only launch if each round's tasks were killed and their resources offered again.
        Options options = Options.parse("--agents=20", "--frameworks=2", "--tasks=200", "--warmup_tasks=400",
                "--warmup_jit_wait=0secs", "--duration=30secs", "--agent_resources=cpus:0.1;mem:100",
                "--task_resources=cpus:0.01;mem:10", "--agent_processes=1", "--agent_jvm_options=-Xmx128m");
        try (Simulation simulation = Simulation.start(options)) {
            LaunchReport launch = simulation.launch();
            assertEquals(200, launch.running(), "tasks RUNNING; failures: " + launch.failures());
            LaunchReport warmup = simulation.warmupReport().orElseThrow();
            assertEquals(200, warmup.running(), "the last warm-up round's tasks; failures: " + warmup.failures());
            Map<String, Double> metrics = simulation.probes().metrics();
            assertEquals(200, metrics.get("master/tasks_running"));
            assertEquals(2, metrics.get("master/frameworks_active"));
            assertEquals(400, metrics.get("master/tasks_killed"));
            if (System.getProperty("os.name").equals("Linux")) {
                assertTrue(simulation.launchCpu().agents().containsKey("simulator-wire"),
                        "the agents' JVM counted: " + simulation.launchCpu().agents().keySet());
                assertTrue(simulation.launchCpu().pools().get("all JVMs")
                        > simulation.launchCpu().pools().get("process"));
            }
        }
    }
}
