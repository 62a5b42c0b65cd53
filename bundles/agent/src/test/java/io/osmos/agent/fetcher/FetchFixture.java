package io.osmos.agent.fetcher;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A fetcher with a cache under a temporary folder, a loopback file server, and fresh sandboxes. */
final class FetchFixture implements AutoCloseable {
    final FileServer server = new FileServer();
    final ExecutorService io = Executors.newCachedThreadPool(IoThreads.FACTORY);
    final Path root;
    final Path cacheDir;
    private int sandboxes;

    FetchFixture(Path root) throws IOException {
        this.root = root;
        this.cacheDir = root.resolve("fetch");
    }

    Fetcher fetcher() {
        return fetcher(FetcherSettings.DEFAULT_CACHE_SIZE_BYTES, FetcherSettings.DEFAULT_STALL_TIMEOUT);
    }

    Fetcher fetcher(long cacheSize, Duration stallTimeout) {
        return new Fetcher(new FetcherSettings(cacheDir, cacheSize, stallTimeout), io);
    }

    /** A new, empty sandbox, as the agent creates one per container. */
    Path sandbox() throws IOException {
        return Files.createDirectories(root.resolve("sandbox-" + ++sandboxes));
    }

    static CommandInfo.URI uri(String value) {
        return CommandInfo.URI.newBuilder().setValue(value).build();
    }

    static CompletionStage<FetchResult> start(Fetcher fetcher, Path sandbox, Optional<String> user,
            CommandInfo.URI... uris) {
        return fetcher.fetch(containerId(), List.of(uris), sandbox, user);
    }

    static ContainerID containerId() {
        return ContainerID.newBuilder().setValue(UUID.randomUUID().toString()).build();
    }

    static FetchResult fetch(Fetcher fetcher, Path sandbox, CommandInfo.URI... uris) throws Exception {
        return await(start(fetcher, sandbox, Optional.empty(), uris));
    }

    static FetchResult await(CompletionStage<FetchResult> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** The fetch's one-line failure, as the task's status would carry it. */
    static String failure(Fetcher fetcher, Path sandbox, CommandInfo.URI... uris) {
        CompletionStage<FetchResult> stage = start(fetcher, sandbox, Optional.empty(), uris);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> stage.toCompletableFuture().get(30, TimeUnit.SECONDS));
        return assertInstanceOf(FetchException.class, e.getCause()).getMessage();
    }

    @Override
    public void close() {
        server.close();
        io.shutdownNow();
    }
}
