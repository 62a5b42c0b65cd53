package io.osmos.launcher.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The agent's --containerizers, --switch_user and --docker, as the Mesos agent has them. */
class ContainerizerFlagsTest {
    private static Flags run(String... args) throws FlagException {
        Command command = new FlagParser(Map.of(), Optional.of(Path.of("/opt/osmos")), Path.of("/var/tmp")).parse(args);
        return assertInstanceOf(Command.Run.class, command).flags();
    }

    @Test
    void defaultsFollowMesos() throws FlagException {
        Map<String, Object> agent = run("agent", "--master=m:5050").defaultConfigurations().get(FlagTable.AGENT_PID);
        assertEquals("mesos", agent.get("containerizers"));
        assertEquals(true, agent.get("switch_user"));
        assertEquals("docker", agent.get("docker"));
    }

    @Test
    void theyConfigureTheAgentInAgentAndLocalMode() throws FlagException {
        Map<String, Object> agent = run("agent", "--master=m:5050", "--containerizers=docker,mesos",
                "--no-switch_user", "--docker=/usr/local/bin/docker").explicitConfigurations().get(FlagTable.AGENT_PID);
        assertEquals("docker,mesos", agent.get("containerizers"));
        assertEquals(false, agent.get("switch_user"));
        assertEquals("/usr/local/bin/docker", agent.get("docker"));

        Flags local = run("local", "--switch_user=false");
        assertEquals(false, local.explicitConfigurations().get(FlagTable.AGENT_PID).get("switch_user"));
        assertFalse(local.explicitConfigurations().getOrDefault(FlagTable.MASTER_PID, Map.of())
                .containsKey("switch_user"), "the master runs no tasks");
    }

    @Test
    void aMasterRefusesThem() {
        String error = assertThrows(FlagException.class, () -> run("master", "--switch_user")).getMessage();
        assertTrue(error.contains("switch_user"), error);
    }
}
