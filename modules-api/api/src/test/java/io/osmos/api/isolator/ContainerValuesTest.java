package io.osmos.api.isolator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerValuesTest {

    private static final CommandInfo SLEEP = CommandInfo.newBuilder().setValue("sleep 10").build();

    @Test
    void relativeSandboxIsRejectedNamingThePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ContainerConfig(SLEEP, Resources.parse("cpus:1"), "sandbox", Optional.empty(),
                        Optional.empty(), Optional.empty()));
        assertEquals("the sandbox directory must be an absolute path, got 'sandbox'", e.getMessage());
    }

    @Test
    void launchInfoAccumulatesPreExecCommandsInOrder() {
        Environment env = Environment.newBuilder()
                .addVariables(Environment.Variable.newBuilder().setName("LIBPROCESS_IP").setValue("127.0.0.1"))
                .build();
        CommandInfo first = CommandInfo.newBuilder().setValue("mount --make-rslave /").build();
        CommandInfo second = CommandInfo.newBuilder().setValue("true").build();

        ContainerLaunchInfo info = ContainerLaunchInfo.empty().withEnvironment(env)
                .withPreExecCommand(first).withPreExecCommand(second);

        assertEquals(List.of(first, second), info.preExecCommands());
        assertEquals(env, info.environment());
        assertTrue(info.command().isEmpty());
        assertTrue(ContainerLaunchInfo.empty().preExecCommands().isEmpty());
    }

    @Test
    void stateWithoutPidIsRejected() {
        ContainerID id = ContainerID.newBuilder().setValue("c1").build();
        ExecutorInfo executor = ExecutorInfo.getDefaultInstance();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ContainerState(id, executor, 0, "/var/lib/osmos/sandbox"));
        assertEquals("container c1 has no valid pid: 0", e.getMessage());
    }
}
