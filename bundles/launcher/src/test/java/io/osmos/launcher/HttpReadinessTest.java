package io.osmos.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.runtime.http.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpReadinessTest {
    @TempDir
    Path dir;

    private Platform platform;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.stop(Duration.ofSeconds(10));
        }
    }

    private Platform bootEmpty() throws Exception {
        return new TestDistribution(dir.resolve("home")).feature("{}")
                .launch("local", "--work_dir=" + dir.resolve("work"));
    }

    @Test
    void readyWhenTheServerServiceAppearsReadingAddressThroughItsInterface() throws Exception {
        platform = bootEmpty();
        InetSocketAddress bound = new InetSocketAddress("127.0.0.1", 45123);
        HttpServer server = () -> bound;
        platform.framework().getBundleContext().registerService(HttpServer.class.getName(), server, null);
        assertEquals(bound, platform.httpReady().get(10, TimeUnit.SECONDS));
    }

    @Test
    void aPortPropertyOnTheRegistrationIsEnough() throws Exception {
        platform = bootEmpty();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpReadiness.PORT_PROPERTY, 6060);
        properties.put(HttpReadiness.IP_PROPERTY, "127.0.0.1");
        HttpServer server = () -> {
            throw new AssertionError("the property alone must do");
        };
        platform.framework().getBundleContext().registerService(HttpServer.class.getName(), server, properties);
        assertEquals(new InetSocketAddress("127.0.0.1", 6060), platform.httpReady().get(10, TimeUnit.SECONDS));
    }
}
