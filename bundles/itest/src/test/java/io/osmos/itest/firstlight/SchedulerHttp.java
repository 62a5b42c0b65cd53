package io.osmos.itest.firstlight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Raw HTTP to {@code POST /api/v1/scheduler} on loopback, nothing more: the tests choose every
 * header themselves, as a framework author debugging with curl would.
 */
final class SchedulerHttp {
  static final String STREAM_ID = "Mesos-Stream-Id";
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

  // HTTP/1.1 only: the JDK client would otherwise try an h2c upgrade, which no Mesos master speaks
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(CALL_TIMEOUT).build();
  private final URI endpoint;

  SchedulerHttp(int port) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/api/v1/scheduler");
  }

  /** A non-subscribe call; the answer is read whole (202 has an empty body, errors a message). */
  HttpResponse<String> post(byte[] body, String contentType, Optional<String> streamId) {
    HttpRequest.Builder request = request(body, contentType, contentType).timeout(CALL_TIMEOUT);
    streamId.ifPresent(id -> request.header(STREAM_ID, id));
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + endpoint + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted during POST " + endpoint, e);
    }
  }

  /** A call sent without waiting for the answer, for event handlers that must not block. */
  CompletableFuture<HttpResponse<String>> postAsync(byte[] body, String contentType, String streamId) {
    HttpRequest request = request(body, contentType, contentType).timeout(CALL_TIMEOUT)
        .header(STREAM_ID, streamId).build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * SUBSCRIBE: returns as soon as the status line and headers are in, with the body left open to
   * be read record by record.
   */
  HttpResponse<InputStream> subscribe(byte[] body, String contentType, String accept) {
    CompletableFuture<HttpResponse<InputStream>> response = client.sendAsync(
        request(body, contentType, accept).build(), HttpResponse.BodyHandlers.ofInputStream());
    try {
      return response.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      response.cancel(true);
      throw new AssertionError("no answer to SUBSCRIBE within " + CALL_TIMEOUT, e);
    } catch (ExecutionException e) {
      throw new AssertionError("SUBSCRIBE to " + endpoint + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted during SUBSCRIBE", e);
    }
  }

  private HttpRequest.Builder request(byte[] body, String contentType, String accept) {
    return HttpRequest.newBuilder(endpoint)
        .header("Content-Type", contentType)
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }
}
