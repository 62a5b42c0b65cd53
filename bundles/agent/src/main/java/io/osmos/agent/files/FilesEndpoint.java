package io.osmos.agent.files;

import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's files API: {@code /files/browse}, {@code /files/read}, {@code /files/download} and
 * {@code /files/debug}, over the paths attached to it. Register it as an {@link HttpEndpoint} with
 * {@link HttpEndpoint#PATH} = {@link #servicePaths()}. Requests are answered on the I/O executor,
 * never on Netty's threads, because they read the disk.
 */
public final class FilesEndpoint implements HttpEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(FilesEndpoint.class);

    /** Where Mesos clients find a Mesos agent's files API, besides below http_prefix. */
    static final List<String> MESOS_BASES = List.of("/files", "/slave(1)/files");

    private final String own;
    private final List<String> bases;
    private final Executor io;
    private final VirtualPaths paths = new VirtualPaths();
    private final FileRequests requests = new FileRequests(paths);

    /**
     * @param httpPrefix the agent's http_prefix, e.g. "" or "/slave(1)"
     * @param io daemon threads that may block on the disk
     */
    public FilesEndpoint(String httpPrefix, Executor io) {
        this.own = Objects.requireNonNull(httpPrefix, "httpPrefix") + "/files";
        this.bases = Stream.concat(Stream.of(own), MESOS_BASES.stream()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.io = Objects.requireNonNull(io, "io");
    }

    /** The value for the {@link HttpEndpoint#PATH} service property: {@code <http_prefix>/files/*}. */
    public String servicePath() {
        return own + "/*";
    }

    /**
     * Every path the API answers at: below http_prefix, and where Mesos clients look for an agent's
     * files API, {@code /files/*} (the web UI, mesos-ps, DC/OS tools) and {@code /slave(1)/files/*}.
     * The master serves no files API, so these are free in local mode too.
     */
    public String[] servicePaths() {
        return bases.stream().map(base -> base + "/*").toArray(String[]::new);
    }

    /**
     * Makes a real file or directory visible under a virtual path, replacing what was there. The real
     * path is resolved now (one realpath call), so attaching a "latest" link pins the run it names.
     *
     * @throws IOException when the real path does not exist or cannot be read
     */
    public void attach(String virtualPath, Path real) throws IOException {
        paths.attach(virtualPath, real);
    }

    public void detach(String virtualPath) {
        paths.detach(virtualPath);
    }

    /**
     * Attaches an executor run's sandbox the way a Mesos agent does: under its own path, under its
     * {@code runs/latest} path, and under {@code /frameworks/<fid>/executors/<eid>/runs/latest}.
     *
     * @param runDirectory {@code <work_dir>/slaves/<aid>/frameworks/<fid>/executors/<eid>/runs/<cid>}
     */
    public void attachSandbox(Path runDirectory, FrameworkID frameworkId, ExecutorID executorId) throws IOException {
        for (String virtualPath : sandboxPaths(runDirectory, frameworkId, executorId)) {
            paths.attach(virtualPath, runDirectory);
        }
    }

    /**
     * Detaches a run's sandbox, e.g. once it is garbage collected; its "latest" paths are left alone
     * when a newer run of the executor has taken them over.
     */
    public void detachSandbox(Path runDirectory, FrameworkID frameworkId, ExecutorID executorId) {
        List<String> virtualPaths = sandboxPaths(runDirectory, frameworkId, executorId);
        paths.detach(virtualPaths.get(0));
        for (String latest : virtualPaths.subList(1, virtualPaths.size())) {
            try {
                paths.detach(latest, runDirectory);
            } catch (IOException gone) {
                paths.detach(latest); // the run is deleted, so nothing can be reached through it anyway
            }
        }
    }

    @Override
    public void handle(HttpExchange exchange) {
        String path = exchange.path();
        String request = bases.stream().filter(base -> path.startsWith(base + "/")).findFirst()
                .map(base -> path.substring(base.length())).orElse(path);
        try {
            io.execute(() -> answer(request, exchange));
        } catch (RejectedExecutionException e) {
            exchange.respondText(503, "The agent is shutting down");
        }
    }

    private void answer(String request, HttpExchange exchange) {
        try {
            switch (request) {
                case "/browse" -> requests.browse(exchange);
                case "/read" -> requests.read(exchange);
                case "/download" -> requests.download(exchange);
                case "/debug" -> requests.debug(exchange);
                default -> throw new BadRequestException(404, "No files endpoint at '" + exchange.path()
                        + "': use browse, read, download or debug");
            }
        } catch (BadRequestException e) {
            exchange.respondText(e.status(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Files request {} failed: {}", exchange.path(), e.toString());
            exchange.respondText(500, "Failed to answer " + exchange.path() + ": " + e.getMessage());
        }
    }

    private static List<String> sandboxPaths(Path runDirectory, FrameworkID frameworkId, ExecutorID executorId) {
        return List.of(runDirectory.toString(), runDirectory.resolveSibling("latest").toString(),
                "/frameworks/" + frameworkId.getValue() + "/executors/" + executorId.getValue() + "/runs/latest");
    }
}
