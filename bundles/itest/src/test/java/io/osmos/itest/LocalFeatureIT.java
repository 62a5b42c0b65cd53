package io.osmos.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.osmos.itest.support.BundleStates;
import io.osmos.itest.support.Components;
import io.osmos.itest.support.ContainerOptions;
import io.osmos.itest.support.FeatureFile;
import io.osmos.itest.support.FeatureStarter;
import io.osmos.itest.support.Http;
import io.osmos.itest.support.HttpServers;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.Json;
import io.osmos.itest.support.LocalFlags;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The local feature (a master and an agent in one process) on the real Felix framework: exactly
 * the bundles features/local.json lists, configured as it says plus what the launcher's flags
 * would add ({@link LocalFlags}), on a free port. What an operator sees after `osmos local` must
 * hold here too.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LocalFeatureIT {
    private static final Duration STARTUP = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        FeatureFile local = FeatureFile.read(ItestPaths.feature("local.json"));
        return ContainerOptions.forFeature(local, ItestPaths.work().resolve("local-feature/deploy"));
    }

    @Test
    public void localFeatureStartsAndAnswersVersionAndHealthOverHttp() throws IOException {
        int port = LocalFlags.freePort();
        Path workDir = Files.createTempDirectory(Files.createDirectories(ItestPaths.work()), "local-");
        FeatureStarter.start(context, FeatureStarter.feature(context), LocalFlags.configurations(port, workDir));

        BundleStates.awaitAllActive(context, STARTUP);
        InetSocketAddress address = HttpServers.awaitAddress(context, STARTUP);
        assertEquals("the HttpServer service listens on the configured port", port, address.getPort());

        Http.Response version = Http.get("127.0.0.1", port, "/version");
        assertEquals("GET /version: " + version.body(), 200, version.status());
        assertTrue("/version answers JSON, got " + version.contentType(),
                String.valueOf(version.contentType()).startsWith("application/json"));
        Map<String, Object> fields = Json.parseObject(version.body());
        for (String key : new String[] {"version", "build_date", "build_time", "build_user"}) {
            assertTrue("/version carries Mesos's \"" + key + "\": " + version.body(), fields.containsKey(key));
        }
        assertTrue("version is a Mesos release number: " + fields.get("version"),
                String.valueOf(fields.get("version")).matches("\\d+\\.\\d+\\.\\d+"));
        assertTrue("build_time is seconds since the epoch: " + fields.get("build_time"),
                fields.get("build_time") instanceof Number);

        Http.Response health = Http.get("127.0.0.1", port, "/health");
        assertEquals("GET /health: " + health.body(), 200, health.status());

        assertEquals("components whose activation failed", List.of(), Components.failedActivations(context));
    }
}
