package io.osmos.agent.containerizer;

import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.runtime.actor.Actor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the docker containers again after an agent restart: {@code docker ps} lists the {@code mesos-}
 * containers still running; each one a checkpoint names is watched until it ends, and the others are
 * orphans and removed, as Mesos's docker containerizer does.
 */
final class DockerRecovery {
    // Logged under the containerizer's name, where its other messages are.
    private static final Logger LOG = LoggerFactory.getLogger(DockerContainerizer.class);

    private DockerRecovery() {
    }

    /** @return the checkpointed containers docker still runs */
    static CompletionStage<Set<ContainerID>> recover(Actor actor, DockerContainerizer containerizer,
            List<RecoverableContainer> known) {
        DockerCli cli = containerizer.cli;
        DockerCommands commands = containerizer.commands;
        return cli.run(commands.list(), DockerContainerizer.COMMAND_TIMEOUT).thenApplyAsync(out -> {
            if (out.status() != 0) {
                throw new IllegalStateException("'docker ps' failed: " + out.lastLine());
            }
            Set<String> names = Set.copyOf(out.text().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
            Set<ContainerID> found = new LinkedHashSet<>();
            for (RecoverableContainer k : known) {
                if (names.contains(DockerCommands.name(k.id()))) {
                    DockerContainer c = new DockerContainer(k.id(), Optional.empty(), k.resources());
                    containerizer.containers.add(c);
                    found.add(c.id);
                    containerizer.awaitExit(c);
                }
            }
            names.stream().filter(n -> found.stream().noneMatch(id -> DockerCommands.name(id).equals(n)))
                    .forEach(orphan -> {
                        LOG.info("Removing orphan docker container {}", orphan);
                        cli.run(commands.remove(orphan), DockerContainerizer.COMMAND_TIMEOUT);
                    });
            return Set.copyOf(found);
        }, actor);
    }
}
