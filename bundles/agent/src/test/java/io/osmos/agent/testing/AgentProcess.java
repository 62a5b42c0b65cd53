package io.osmos.agent.testing;

import io.osmos.agent.Agent;
import io.osmos.agent.AgentParts;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.isolator.posix.PosixCpuIsolator;
import io.osmos.agent.isolator.posix.PosixMemIsolator;
import io.osmos.agent.master.MasterClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An agent in a JVM of its own, for a test to kill -9: {@code AgentProcess <master port> <work_dir>}.
 * It prints "started" once it has recovered and looks for the master, then runs until killed.
 */
public final class AgentProcess {
    private AgentProcess() {
    }

    /** Starts an agent JVM on this test's class path, its output going to {@code log}. */
    public static Process start(int masterPort, Path workDir, Path log) throws IOException {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AgentProcess.class.getName(),
                Integer.toString(masterPort), workDir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The agent such a JVM runs: posix isolators, no hooks, no fetcher, retrying registration every 10ms. */
    public static Agent agent(int masterPort, Path workDir, MasterClient client) {
        AgentSettings settings = AgentSettings.from(new TestConfig().set("master", "127.0.0.1:" + masterPort)
                .set("work_dir", workDir.toString()).set("resources", "cpus:2;mem:1024;disk:2048;ports:[31000-31009]")
                .set("hostname", "agent.test").set("registration_backoff_factor", "10ms").build(), 5051);
        Isolators isolators = new Isolators();
        isolators.add("posix/cpu", new PosixCpuIsolator());
        isolators.add("posix/mem", new PosixMemIsolator());
        return new Agent(settings, "test", client, AgentParts.of(isolators, new AgentHooks()));
    }

    public static void main(String[] args) throws Exception {
        Agent agent = agent(Integer.parseInt(args[0]), Path.of(args[1]), new MasterClient());
        agent.start().get(30, TimeUnit.SECONDS);
        System.out.println("started");
        Thread.currentThread().join();
    }
}
