package io.osmos.agent;

import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.Isolators;
import io.osmos.agent.containerizer.Stages;
import io.osmos.agent.executor.Executor;
import io.osmos.agent.executor.ExecutorObserver;
import io.osmos.agent.executor.UriFetcher;
import io.osmos.agent.fetcher.Fetcher;
import io.osmos.agent.files.FilesEndpoint;
import io.osmos.agent.gc.GarbageCollector;
import io.osmos.agent.hooks.AgentHooks;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an agent does with sandboxes besides running things in them: the fetcher fills them, the files
 * API shows them, and garbage collection deletes those of finished executors after --gc_delay (with
 * their checkpoints under meta, which mirror the sandbox layout). All three block on disk or network,
 * so they share daemon I/O threads of their own.
 */
final class SandboxServices implements ExecutorObserver, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServices.class);

    private final AgentSettings settings;
    private final ExecutorService io;
    private final Fetcher fetcher;
    private final GarbageCollector gc;
    private final FilesEndpoint files;

    SandboxServices(AgentSettings settings) {
        this.settings = settings;
        AtomicInteger next = new AtomicInteger();
        this.io = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "osmos-agent-io-" + next.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(null);
            return thread;
        });
        this.fetcher = new Fetcher(settings.fetcher(), io);
        this.gc = new GarbageCollector(settings.gc(), settings.workDir(), io);
        this.files = new FilesEndpoint(settings.httpPrefix(), io);
        gc.start();
    }

    AgentParts parts(Isolators isolators, AgentHooks hooks) {
        return new AgentParts(isolators, hooks, new UriFetcher() {
            @Override
            public CompletionStage<?> fetch(ContainerID container, List<CommandInfo.URI> uris, Path sandbox,
                    Optional<String> user) {
                return fetcher.fetch(container, uris, sandbox, user);
            }

            @Override
            public void kill(ContainerID container) {
                fetcher.kill(container);
            }
        }, this, this::metrics, io);
    }

    /** The fetcher's and the garbage collector's metrics. */
    Map<String, Double> metrics() {
        Map<String, Double> metrics = new TreeMap<>(fetcher.metrics());
        metrics.putAll(gc.metrics());
        return metrics;
    }

    FilesEndpoint files() {
        return files;
    }

    @Override
    public void sandboxInUse(Executor executor) {
        gc.unschedule(executor.directory());
        try {
            files.attachSandbox(executor.directory(), executor.frameworkId(), executor.id());
        } catch (IOException e) {
            LOG.debug("Cannot show the sandbox {} in the files API: {}", executor.directory(), e.getMessage());
        }
    }

    @Override
    public void executorRemoved(Executor executor) {
        Path sandbox = executor.directory();
        gc.schedule(sandbox, settings.gc().gcDelay()).thenRun(() -> files.detachSandbox(sandbox,
                executor.frameworkId(), executor.id()));
        if (executor.checkpoint() && sandbox.startsWith(settings.workDir())) {
            gc.schedule(settings.workDir().resolve("meta").resolve(settings.workDir().relativize(sandbox)),
                    settings.gc().gcDelay());
        }
    }

    @Override
    public void leftover(Path directory) {
        gc.garbageCollect(directory).exceptionally(failure -> {
            // Cancelled means scheduled anew meanwhile (e.g. by its executor ending): nothing to report.
            if (!(Stages.unwrap(failure) instanceof CancellationException)) {
                LOG.warn("Cannot collect {}: {}", directory, failure.getMessage());
            }
            return null;
        });
    }

    @Override
    public void close() {
        gc.close();
        io.shutdownNow();
    }
}
