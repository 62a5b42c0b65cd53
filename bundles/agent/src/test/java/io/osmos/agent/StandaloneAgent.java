package io.osmos.agent;

import io.osmos.agent.master.MasterClient;
import io.osmos.agent.testing.AgentProcess;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The agent an {@link AgentProcess} runs, in this JVM: the one that takes over after a kill -9. */
final class StandaloneAgent implements AutoCloseable {
    private final MasterClient client = new MasterClient();
    private final Agent agent;

    StandaloneAgent(Path workDir, int masterPort) throws Exception {
        agent = AgentProcess.agent(masterPort, workDir, client);
        agent.start().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        agent.stop().get(10, TimeUnit.SECONDS);
        client.close();
    }
}
