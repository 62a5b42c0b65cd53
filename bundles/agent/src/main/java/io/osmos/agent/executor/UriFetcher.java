package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Puts a command's URIs into a sandbox before its container launches: the Mesos fetcher's job. */
@FunctionalInterface
public interface UriFetcher {
    /** Refuses any URI: for an agent without a fetcher. */
    UriFetcher NONE = (container, uris, sandbox, user) -> uris.isEmpty() ? CompletableFuture.completedFuture(null)
            : CompletableFuture.failedFuture(new UnsupportedOperationException("Fetching CommandInfo.uris is not supported"));

    /** Completes on any thread once every URI is in the sandbox; fails with the one-line reason. */
    CompletionStage<?> fetch(ContainerID container, List<CommandInfo.URI> uris, Path sandbox, Optional<String> user);

    /** Calls off a fetch for a container that is being killed; its stage then fails. */
    default void kill(ContainerID container) {
    }
}
