package io.osmos.agent.containerizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.actor.Actors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The docker command lines the docker containerizer runs, as Mesos's builds them. */
class DockerCommandsTest {
    private static final ContainerID ID = ContainerID.newBuilder().setValue("c1").build();
    private final DockerCommands docker = new DockerCommands("/usr/bin/docker");

    private static ContainerLaunch launch(CommandInfo command, String resources) {
        return new ContainerLaunch(ID, command, Map.of("MESOS_TASK_ID", "t1", "MESOS_SANDBOX", "/host/sandbox"),
                Path.of("/host/sandbox"), Resources.parse(resources), Optional.empty(), Optional.empty());
    }

    @Test
    void aShellCommandRunsThroughBinShInANamedContainerWithTheSandboxMounted() {
        CommandInfo command = CommandInfo.newBuilder().setValue("echo $HOME")
                .setEnvironment(Environment.newBuilder().addVariables(Environment.Variable.newBuilder()
                        .setName("GREETING").setValue("hi there"))).build();

        List<String> argv = docker.run(launch(command, "cpus:0.5;mem:64"), dockerInfo("busybox:1.36"));

        assertEquals(List.of("/usr/bin/docker", "run", "--name", "mesos-c1", "--net", "host",
                "--cpu-shares", "512", "--memory", "67108864",
                "-e", "GREETING=hi there", "-e", "MESOS_CONTAINER_NAME=mesos-c1",
                "-e", "MESOS_SANDBOX=/mnt/mesos/sandbox", "-e", "MESOS_TASK_ID=t1",
                "-v", "/host/sandbox:/mnt/mesos/sandbox", "-w", "/mnt/mesos/sandbox",
                "--entrypoint", "/bin/sh", "busybox:1.36", "-c", "echo $HOME"), argv);
    }

    @Test
    void aCommandWithoutShellPassesValueAndArgumentsToTheImage() {
        CommandInfo command = CommandInfo.newBuilder().setShell(false).setValue("/bin/echo")
                .addArguments("hello").addArguments("world").build();

        List<String> argv = docker.run(launch(command, "cpus:0.001;mem:1"), dockerInfo("alpine"));

        assertEquals(List.of("--cpu-shares", "2", "--memory", "33554432"), argv.subList(6, 10),
                "at least 2 shares and 32 MB, as Mesos");
        assertEquals(List.of("alpine", "/bin/echo", "hello", "world"), argv.subList(argv.size() - 4, argv.size()));
    }

    @Test
    void theDockerInfoChoosesNetworkPortsPrivilegeParametersAndPull() {
        CommandInfo command = CommandInfo.newBuilder().setShell(false).build();
        ContainerInfo bridge = ContainerInfo.newBuilder().setType(ContainerInfo.Type.DOCKER)
                .setDocker(ContainerInfo.DockerInfo.newBuilder().setImage("nginx")
                        .setNetwork(ContainerInfo.DockerInfo.Network.BRIDGE).setPrivileged(true).setForcePullImage(true)
                        .addPortMappings(ContainerInfo.DockerInfo.PortMapping.newBuilder().setHostPort(31000)
                                .setContainerPort(80))
                        .addPortMappings(ContainerInfo.DockerInfo.PortMapping.newBuilder().setHostPort(31001)
                                .setContainerPort(53).setProtocol("udp"))
                        .addParameters(io.osmos.protocol.v1.Protos.Parameter.newBuilder().setKey("memory-swap")
                                .setValue("-1"))).build();

        List<String> argv = docker.run(launch(command, "cpus:1;mem:64"), bridge);

        assertEquals(List.of("--net", "bridge"), argv.subList(4, 6));
        assertEquals(List.of("-p", "31000:80/tcp", "-p", "31001:53/udp", "--privileged", "--memory-swap=-1",
                "--pull=always"), argv.subList(10, 17));
        assertEquals("nginx", argv.get(argv.size() - 1));

        ContainerInfo user = ContainerInfo.newBuilder().setType(ContainerInfo.Type.DOCKER)
                .setDocker(ContainerInfo.DockerInfo.newBuilder().setImage("nginx")
                        .setNetwork(ContainerInfo.DockerInfo.Network.USER))
                .addNetworkInfos(io.osmos.protocol.v1.Protos.NetworkInfo.newBuilder().setName("overlay-1")).build();
        assertEquals(List.of("--net", "overlay-1"), docker.run(launch(command, "cpus:1;mem:64"), user).subList(4, 6));
        IllegalArgumentException unnamed = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> docker.run(launch(command, "cpus:1;mem:64"), user.toBuilder().clearNetworkInfos().build()));
        assertEquals("A USER docker network needs its name in container.network_infos[0].name", unnamed.getMessage());
    }

    @Test
    void waitStopListUpdateAndVersion() {
        assertEquals(List.of("/usr/bin/docker", "wait", "mesos-c1"), docker.await(ID));
        assertEquals(List.of("/usr/bin/docker", "stop", "-t", "3", "mesos-c1"), docker.stop(ID, Duration.ofMillis(2500)));
        assertEquals(List.of("/usr/bin/docker", "stop", "-t", "0", "mesos-c1"), docker.stop(ID, Duration.ZERO));
        assertEquals(List.of("/usr/bin/docker", "ps", "-a", "--filter", "name=mesos-", "--format", "{{.Names}}"),
                docker.list());
        assertEquals(List.of("/usr/bin/docker", "update", "--cpu-shares", "2048", "mesos-c1"),
                docker.update(ID, Resources.parse("cpus:2")));
        assertEquals(List.of("/usr/bin/docker", "version"), docker.version());
    }

    @Test
    void theImageIsReadFromMesosDockerInfo() {
        assertEquals(Optional.of("nginx:1.25"), DockerImage.of(dockerInfo("nginx:1.25")));
        assertEquals(Optional.empty(), DockerImage.of(ContainerInfo.newBuilder().setType(ContainerInfo.Type.DOCKER)
                .build()));
    }

    @Test
    void aDockerContainerWithoutAnImageFailsItsLaunchSayingSo() throws Exception {
        Actor actor = Actors.spawn("test-docker");
        DockerContainerizer containerizer = new DockerContainerizer(actor, "/nonexistent/docker");
        ContainerLaunch launch = new ContainerLaunch(ID, CommandInfo.newBuilder().setValue("true").build(), Map.of(),
                Path.of("/tmp"), Resources.EMPTY, Optional.empty(), Optional.of(TaskInfo.newBuilder().setName("t")
                .setTaskId(io.osmos.protocol.v1.Protos.TaskID.newBuilder().setValue("t"))
                .setAgentId(io.osmos.protocol.v1.Protos.AgentID.newBuilder().setValue("a"))
                .setContainer(ContainerInfo.newBuilder().setType(ContainerInfo.Type.DOCKER)).buildPartial()));
        try {
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> actor
                    .askAsync(() -> containerizer.launch(launch, pid -> { }).orElseThrow()).get(10, TimeUnit.SECONDS));
            assertEquals("Failed to run docker: The DOCKER ContainerInfo names no docker image (docker.image)",
                    Stages.unwrap(e).getMessage());
            assertTrue(containerizer.launch(new ContainerLaunch(ID, CommandInfo.newBuilder().setValue("true").build(),
                    Map.of(), Path.of("/tmp"), Resources.EMPTY, Optional.empty(), Optional.empty()), pid -> { })
                    .isEmpty(), "anything that is not DOCKER is declined");
        } finally {
            containerizer.abandonAll();
            actor.stop();
        }
    }

    /** A ContainerInfo carrying Mesos's DockerInfo with this image. */
    static ContainerInfo dockerInfo(String image) {
        return ContainerInfo.newBuilder().setType(ContainerInfo.Type.DOCKER)
                .setDocker(ContainerInfo.DockerInfo.newBuilder().setImage(image)).build();
    }
}
