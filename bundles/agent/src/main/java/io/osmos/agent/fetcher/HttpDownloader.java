package io.osmos.agent.fetcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

/**
 * Downloads over HTTP(S) with the JDK's client, following redirects as the Mesos fetcher (curl) does.
 * A download that receives nothing for the stall timeout is abandoned, and killing the fetch aborts
 * the exchange at once, whether it waits for the answer or for the next chunk of the body.
 */
final class HttpDownloader {
    private final HttpClient client;
    private final Duration stallTimeout;

    HttpDownloader(Duration stallTimeout, Executor io) {
        this.stallTimeout = stallTimeout;
        // The client's selector thread inherits the creator's context class loader: make it none.
        Thread current = Thread.currentThread();
        ClassLoader saved = current.getContextClassLoader();
        current.setContextClassLoader(null);
        try {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(stallTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).executor(io).build();
        } finally {
            current.setContextClassLoader(saved);
        }
    }

    /** @throws FetchException naming the URI and why; the caller deletes a partial file */
    void get(UriSource source, Path target, FetchJob job) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(source.uri()).timeout(stallTimeout).GET().build();
        CompletableFuture<HttpResponse<Flow.Publisher<List<ByteBuffer>>>> answer =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofPublisher());
        job.onKill(() -> answer.cancel(true));
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
        try {
            response = answer.get();
        } catch (CancellationException e) {
            throw new FetchException(source.value(), "the fetch was killed");
        } catch (ExecutionException e) {
            throw failure(source, e.getCause());
        } finally {
            job.onKill(null);
        }
        if (response.statusCode() != 200) {
            BodyReader.discard(response.body());
            throw new FetchException(source.value(), "HTTP status " + response.statusCode());
        }
        BodyReader body = new BodyReader();
        response.body().subscribe(body);
        job.onKill(body::kill);
        try (FileChannel file = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            switch (copy(source, body, file)) {
                case STALLED -> throw new FetchException(source.value(), "the download stalled: no data for "
                        + stallTimeout.toMillis() + " ms (fetcher_stall_timeout)");
                case KILLED -> throw new FetchException(source.value(), "the fetch was killed");
                case COMPLETE -> {
                }
            }
        } finally {
            job.onKill(null);
        }
    }

    private BodyReader.Outcome copy(UriSource source, BodyReader body, FileChannel file) throws InterruptedException {
        try {
            return body.copyTo(file, stallTimeout);
        } catch (IOException e) {
            throw new FetchException(source.value(), "the download broke off: " + FetchException.reason(e));
        }
    }

    private FetchException failure(UriSource source, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            String reason = FetchException.reason(cause);
            String server = source.uri().getHost() + (source.uri().getPort() < 0 ? "" : ":" + source.uri().getPort());
            return new FetchException(source.value(), "cannot connect to " + server
                    + (reason.equals(cause.getClass().getSimpleName()) ? "" : ": " + reason));
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(source.value(), "no answer within " + stallTimeout.toMillis()
                    + " ms (fetcher_stall_timeout)");
        }
        return new FetchException(source.value(), FetchException.reason(cause));
    }
}
