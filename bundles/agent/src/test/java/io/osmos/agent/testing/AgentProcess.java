package io.osmos.agent.testing;

import io.osmos.agent.Agent;
import io.osmos.agent.AgentParts;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.agent.isolator.posix.PosixCpuIsolator;
import io.osmos.agent.isolator.posix.PosixMemIsolator;
import io.osmos.agent.master.MasterClient;
import java.util.concurrent.TimeUnit;

/**
 * An agent in a JVM of its own, for a test to kill -9: {@code AgentProcess <master port> <work_dir>}.
 * It prints "started" once it has recovered and looks for the master, then runs until killed.
 */
public final class AgentProcess {
    private AgentProcess() {
    }

    public static void main(String[] args) throws Exception {
        AgentSettings settings = AgentSettings.from(new TestConfig().set("master", "127.0.0.1:" + args[0])
                .set("work_dir", args[1]).set("resources", "cpus:2;mem:1024;disk:2048;ports:[31000-31009]")
                .set("hostname", "agent.test").set("registration_backoff_factor", "10ms").build(), 5051);
        Isolators isolators = new Isolators();
        isolators.add("posix/cpu", new PosixCpuIsolator());
        isolators.add("posix/mem", new PosixMemIsolator());
        Agent agent = new Agent(settings, "test", new MasterClient(), AgentParts.of(isolators, new AgentHooks()));
        agent.start().get(30, TimeUnit.SECONDS);
        System.out.println("started");
        Thread.currentThread().join();
    }
}
