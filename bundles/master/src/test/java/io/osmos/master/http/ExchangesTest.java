package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.master.support.TestMaster;
import io.osmos.runtime.internal.http.NettyHttpServer;
import io.osmos.runtime.internal.http.Router;
import io.osmos.runtime.internal.http.ServerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** However an answer fails, the client gets one: no request is left hanging. */
class ExchangesTest {
    private final TestMaster master = new TestMaster();
    private final Router router = new Router();
    private final NettyHttpServer server = new NettyHttpServer(ServerSettings.loopback(), router);

    @AfterEach
    void close() {
        server.close();
        master.close();
    }

    @Test
    void anAnswerThatFailsWhileBeingMadeIs500NamingTheFailure() throws Exception {
        router.add("/big", "/big", 0, 1, exchange -> Exchanges.answer(master.master, exchange,
                CompletableFuture.completedFuture("the state"), state -> {
                    throw new OutOfMemoryError("Java heap space");
                }));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.address().getPort() + "/big")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, response.statusCode());
        assertEquals("The master failed to handle the request: java.lang.OutOfMemoryError: Java heap space",
                response.body());
    }
}
