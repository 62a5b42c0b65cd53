package io.osmos.itest.firstlight;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.OsmosProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@code osmos local} (master and agent in one process) from the built distribution, started
 * as a real process for a test class: a free port, a fresh work_dir, small fixed resources.
 * Register with {@code @RegisterExtension static final LocalOsmos OSMOS = new LocalOsmos();}.
 */
final class LocalOsmos implements BeforeAllCallback, AfterAllCallback {
  /** What the agent advertises: every resource given, so nothing depends on the machine. */
  static final String RESOURCES = "cpus:4;mem:2048;disk:1024;ports:[31000-31100]";
  static final double CPUS = 4;
  static final double MEM = 2048;

  private static final Duration READY = Duration.ofSeconds(60);
  private static final Duration STOP = Duration.ofSeconds(30);

  private final String[] extraFlags;
  private OsmosProcess process;
  private Path workDir;
  private int port;

  LocalOsmos(String... extraFlags) {
    this.extraFlags = extraFlags;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Path osmos = ItestPaths.distribution().resolve("bin").resolve("osmos");
    assertTrue(Files.isExecutable(osmos), "the distribution's launcher " + osmos
        + " is missing or not executable: build it first (mvn -DskipTests install -pl features -am)");
    workDir = Files.createDirectories(ItestPaths.work().resolve("firstlight")
        .resolve(context.getRequiredTestClass().getSimpleName() + "-" + System.currentTimeMillis()));
    port = freePort();
    String[] fixed = {"local", "--port=" + port, "--ip=127.0.0.1", "--work_dir=" + workDir.resolve("work"),
        "--resources=" + RESOURCES, "--no-shell"};
    String[] args = new String[fixed.length + extraFlags.length];
    System.arraycopy(fixed, 0, args, 0, fixed.length);
    System.arraycopy(extraFlags, 0, args, fixed.length, extraFlags.length);
    process = OsmosProcess.start(osmos, workDir.resolve("logs"), args);
    boolean ready;
    try {
      ready = Await.value("osmos local to serve /api/v1/scheduler on port " + port, READY, () ->
          process.isAlive() ? servesScheduler() : Optional.of(false));
    } catch (AssertionError timedOut) {
      throw new AssertionError(timedOut.getMessage() + " (is the master in features/local.json?)\n"
          + process.output(), timedOut);
    }
    assertTrue(ready, "osmos local exited before serving /api/v1/scheduler:\n" + process.output());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (process == null) {
      return;
    }
    process.terminate();
    process.awaitExit(STOP);
    process.close();
  }

  int port() {
    return port;
  }

  /** The agent's work_dir, where sandboxes live. */
  Path agentWorkDir() {
    return workDir.resolve("work");
  }

  /** The process's output, for failure messages about what the server said. */
  String output() {
    return process.output();
  }

  /** Present once the route exists: a GET is not a call, so any answer but 404 will do. */
  private Optional<Boolean> servesScheduler() {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/scheduler"))
        .timeout(Duration.ofSeconds(5)).GET().build();
    try {
      int status = client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 404 ? Optional.empty() : Optional.of(true);
    } catch (IOException notListeningYet) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(false);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
