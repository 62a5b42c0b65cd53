package io.osmos.agent.containerizer;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerInfo;
import io.osmos.protocol.v1.Protos.ContainerInfo.DockerInfo;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.NetworkInfo;
import io.osmos.protocol.v1.Protos.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The docker command lines the docker containerizer runs, as Mesos's docker containerizer builds
 * them: containers are named {@code mesos-<container id>} (how they are found again after a restart),
 * the sandbox is mounted at {@code /mnt/mesos/sandbox}, cpus become {@code --cpu-shares} (1024 per
 * cpu, at least 2) and mem {@code --memory} (at least 32 MB), and the DockerInfo's network (the host's by
 * default), port mappings, privilege, parameters ({@code --key=value}) and forced pull are passed on.
 */
final class DockerCommands {
    static final String NAME_PREFIX = "mesos-";
    static final String SANDBOX = "/mnt/mesos/sandbox";
    private static final long MIN_MEMORY_BYTES = 32L * 1024 * 1024;

    private final String docker;

    /** @param docker the CLI to run (--docker) */
    DockerCommands(String docker) {
        this.docker = docker;
    }

    static String name(ContainerID id) {
        return NAME_PREFIX + id.getValue();
    }

    List<String> version() {
        return List.of(docker, "version");
    }

    /**
     * {@code docker run} in the foreground, so its output can go to the sandbox's stdout and stderr.
     * With {@code shell: true} the image runs {@code /bin/sh -c value}; otherwise value (if any) and the
     * arguments follow the image, as Mesos passes them to docker.
     */
    List<String> run(ContainerLaunch launch, ContainerInfo container) {
        String name = name(launch.containerId());
        DockerInfo info = container.getDocker();
        String image = info.getImage();
        List<String> argv = new ArrayList<>(List.of(docker, "run", "--name", name, "--net", network(container)));
        argv.addAll(limits(launch.resources()));
        argv.addAll(options(info));
        Map<String, String> environment = new TreeMap<>(launch.environment()); // sorted: same input, same argv
        for (Environment.Variable variable : launch.command().getEnvironment().getVariablesList()) {
            environment.put(variable.getName(), variable.getValue());
        }
        environment.put("MESOS_SANDBOX", SANDBOX);
        environment.put("MESOS_CONTAINER_NAME", name);
        environment.forEach((key, value) -> argv.addAll(List.of("-e", key + "=" + value)));
        argv.addAll(List.of("-v", launch.sandbox() + ":" + SANDBOX, "-w", SANDBOX));
        CommandInfo command = launch.command();
        if (command.getShell()) {
            if (command.getValue().isEmpty()) {
                throw new IllegalArgumentException("A shell command for a docker container needs a value");
            }
            argv.addAll(List.of("--entrypoint", "/bin/sh", image, "-c", command.getValue()));
            return argv;
        }
        argv.add(image);
        if (!command.getValue().isEmpty()) {
            argv.add(command.getValue());
        }
        argv.addAll(command.getArgumentsList());
        return argv;
    }

    /** Prints the container's exit status once it has ended. */
    List<String> await(ContainerID id) {
        return List.of(docker, "wait", name(id));
    }

    /** SIGTERM to the container's main process, SIGKILL after the grace period (whole seconds, rounded up). */
    List<String> stop(ContainerID id, Duration grace) {
        long seconds = (grace.toMillis() + 999) / 1000;
        return List.of(docker, "stop", "-t", Long.toString(seconds), name(id));
    }

    List<String> update(ContainerID id, Resources resources) {
        List<String> argv = new ArrayList<>(List.of(docker, "update"));
        argv.addAll(limits(resources));
        argv.add(name(id));
        return argv;
    }

    /** The names of every container, running or not, that a docker containerizer started. */
    List<String> list() {
        return List.of(docker, "ps", "-a", "--filter", "name=" + NAME_PREFIX, "--format", "{{.Names}}");
    }

    List<String> remove(String name) {
        return List.of(docker, "rm", "-f", name);
    }

    /** HOST, BRIDGE and NONE as docker names them; USER is the network the first NetworkInfo names. */
    private static String network(ContainerInfo container) {
        DockerInfo.Network network = container.getDocker().getNetwork();
        if (network != DockerInfo.Network.USER) {
            return network.name().toLowerCase(Locale.ROOT);
        }
        return container.getNetworkInfosList().stream().map(NetworkInfo::getName).filter(n -> !n.isEmpty())
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "A USER docker network needs its name in container.network_infos[0].name"));
    }

    private static List<String> options(DockerInfo info) {
        List<String> argv = new ArrayList<>();
        for (DockerInfo.PortMapping mapping : info.getPortMappingsList()) {
            String protocol = mapping.getProtocol().isEmpty() ? "tcp" : mapping.getProtocol();
            argv.addAll(List.of("-p", mapping.getHostPort() + ":" + mapping.getContainerPort() + "/" + protocol));
        }
        if (info.getPrivileged()) {
            argv.add("--privileged");
        }
        for (Parameter parameter : info.getParametersList()) {
            argv.add("--" + parameter.getKey() + "=" + parameter.getValue());
        }
        if (info.getForcePullImage()) {
            argv.add("--pull=always");
        }
        return argv;
    }

    private static List<String> limits(Resources resources) {
        List<String> argv = new ArrayList<>();
        if (resources.cpus() > 0) {
            argv.addAll(List.of("--cpu-shares", Long.toString(Math.max(2, (long) (resources.cpus() * 1024)))));
        }
        if (resources.mem() > 0) {
            argv.addAll(List.of("--memory", Long.toString(Math.max(MIN_MEMORY_BYTES,
                    (long) (resources.mem() * 1024 * 1024)))));
        }
        return argv;
    }
}
