package io.osmos.agent.containerizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.agent.testing.Await;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.actor.Actors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command can end, and its container be cleaned up and forgotten, before whoever launched it asks
 * how it ended; the answer must still be its real exit status, not "unknown".
 */
class RecentlyEndedTest {
    @TempDir
    Path workDir;

    @Test
    void waitingAfterTheContainerIsGoneStillTellsHowItEnded() throws Exception {
        Actor actor = Actors.spawn("test-containerizer");
        MesosContainerizer containerizer = new MesosContainerizer(actor, workDir, new Isolators(), List.of());
        ContainerID id = ContainerID.newBuilder().setValue("quick").build();
        Path sandbox = Files.createDirectories(workDir.resolve("sandbox"));
        ContainerLaunch launch = new ContainerLaunch(id, CommandInfo.newBuilder().setValue("exit 7").build(), Map.of(),
                sandbox, Resources.EMPTY, Optional.empty(), Optional.empty());
        actor.askAsync(() -> containerizer.launch(launch, pid -> { }).orElseThrow()).get(10, TimeUnit.SECONDS);

        Await.until("the container to be gone", Duration.ofSeconds(10),
                () -> actor.ask(() -> !containerizer.containers().contains(id)).join());
        ContainerTermination ended = actor.askAsync(() -> containerizer.wait(id)).get(10, TimeUnit.SECONDS);

        assertEquals(Optional.of(7), ended.status());
        assertEquals("the container is not known", actor.askAsync(() -> containerizer.wait(
                ContainerID.newBuilder().setValue("never").build())).get(10, TimeUnit.SECONDS).reason());
        actor.stop();
    }
}
