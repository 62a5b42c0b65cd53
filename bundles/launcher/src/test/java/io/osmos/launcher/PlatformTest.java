package io.osmos.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;

class PlatformTest {
    private static final Duration STOP = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Platform platform;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.stop(STOP);
        }
    }

    private Dictionary<String, Object> configuration(String pid) throws Exception {
        BundleContext context = platform.framework().getBundleContext();
        ConfigurationAdmin admin = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        Configuration[] found = admin.listConfigurations("(service.pid=" + pid + ")");
        assertNotNull(found, "no configuration " + pid);
        return found[0].getProperties();
    }

    @Test
    void bootsTheFeatureAppliesConfigurationAndStops() throws Exception {
        TestDistribution dist = new TestDistribution(dir.resolve("home")).withPlatform().feature("""
                {"io.osmos.runtime.http": {"port": 6000, "max_body_bytes": 1024},
                 "io.osmos.master": {"allocation_interval": "5secs"}}""");
        platform = dist.launch("local", "--work_dir=" + dir.resolve("work"), "--port=0", "--no-shell");

        for (Bundle bundle : platform.framework().getBundleContext().getBundles()) {
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " is not active");
        }
        assertEquals(1 + TestDistribution.PLATFORM.size(), platform.framework().getBundleContext().getBundles().length);
        assertTrue(Files.isDirectory(dir.resolve("work/felix-cache")), "bundle cache under the work dir");

        Dictionary<String, Object> http = configuration("io.osmos.runtime.http");
        assertEquals(0, http.get("port"), "a flag the user gave beats the feature");
        assertEquals(1024L, http.get("max_body_bytes"), "the feature's own properties stay");
        assertEquals("0.0.0.0", http.get("ip"), "flag defaults fill what the feature leaves unset");
        assertEquals("5secs", configuration("io.osmos.master").get("allocation_interval"),
                "a flag default never beats the feature");
        assertEquals("127.0.0.1:0", configuration("io.osmos.agent").get("master"));
        Dictionary<String, Object> flags = configuration("io.osmos.flags");
        assertEquals("0", flags.get("port"));
        assertEquals("false", flags.get("shell"));
        assertEquals(dir.resolve("work").toString(), flags.get("work_dir"));

        assertTrue(platform.stop(STOP));
        assertEquals(Bundle.RESOLVED, platform.framework().getState());
    }

    @Test
    void configAdminUsesTheCmPackageTheSystemBundleExports() throws Exception {
        platform = new TestDistribution(dir.resolve("home")).withPlatform().feature("{}")
                .launch("master", "--work_dir=" + dir.resolve("work"));
        Bundle configAdmin = java.util.Arrays.stream(platform.framework().getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.apache.felix.configadmin")).findFirst().orElseThrow();
        BundleWire cm = configAdmin.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package").stream()
                .filter(w -> "org.osgi.service.cm".equals(w.getCapability().getAttributes().get("osgi.wiring.package")))
                .findFirst().orElseThrow();
        assertEquals(0L, cm.getProvider().getBundle().getBundleId(), "launcher and bundles must share one cm API");
    }

    @Test
    void fileInstallPicksUpConfigurationDroppedIntoTheDeployFolder() throws Exception {
        Path deploy = dir.resolve("deploy");
        platform = new TestDistribution(dir.resolve("home")).withPlatform().feature("{}")
                .launch("master", "--work_dir=" + dir.resolve("work"), "--deploy_dir=" + deploy);
        BundleContext context = platform.framework().getBundleContext();
        CompletableFuture<String> updated = new CompletableFuture<>();
        context.registerService(ConfigurationListener.class, event -> {
            if (event.getType() == ConfigurationEvent.CM_UPDATED && event.getPid().equals("io.osmos.dropped")) {
                updated.complete(event.getPid());
            }
        }, null);
        Files.writeString(deploy.resolve("io.osmos.dropped.cfg"), "answer = 42\n");
        assertEquals("io.osmos.dropped", updated.get(10, TimeUnit.SECONDS),
                "FileInstall did not pick up deploy/io.osmos.dropped.cfg");
        assertEquals("42", configuration("io.osmos.dropped").get("answer"));
    }

    @Test
    void aBundleThatCannotStartStopsStartUpNamingIt() throws Exception {
        TestDistribution dist = new TestDistribution(dir.resolve("home")).withPlatform()
                .withGeneratedBundle("io.osmos.broken", Map.of("Import-Package", "io.osmos.nowhere"))
                .feature("{}");
        LaunchException e = assertThrows(LaunchException.class,
                () -> dist.launch("master", "--work_dir=" + dir.resolve("work")));
        assertTrue(e.getMessage().startsWith(
                "bundle io.osmos.broken 1.0.0 (test:io.osmos.broken:1.0.0) did not start: "), e.getMessage());
        assertTrue(e.getMessage().contains("io.osmos.nowhere"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aComponentThatFailsToActivateStopsStartUpWithItsReason() throws Exception {
        TestDistribution dist = new TestDistribution(dir.resolve("home")).withPlatform()
                .withFailingComponent("io.osmos.failing", "cannot listen on 0.0.0.0:5050: Address already in use")
                .feature("{}");
        LaunchException e = assertThrows(LaunchException.class,
                () -> dist.launch("master", "--work_dir=" + dir.resolve("work")));
        assertEquals("component io.osmos.failing.failing of bundle io.osmos.failing failed to activate: "
                + "cannot listen on 0.0.0.0:5050: Address already in use", e.getMessage());
    }

    @Test
    void aMissingBundleStopsStartUpBeforeTheFrameworkBoots() throws Exception {
        TestDistribution dist = new TestDistribution(dir.resolve("home")).withPlatform().feature("{}");
        Files.delete(dir.resolve("home/bundles/org.apache.felix.configadmin-"
                + Path.of(System.getProperty("osmos.test.configadmin")).getParent().getFileName() + ".jar"));
        LaunchException e = assertThrows(LaunchException.class,
                () -> dist.launch("master", "--work_dir=" + dir.resolve("work")));
        assertTrue(e.getMessage().startsWith("bundle test:org.apache.felix.configadmin:"), e.getMessage());
        assertTrue(e.getMessage().contains(" not found (looked for "), e.getMessage());
        assertFalse(Files.exists(dir.resolve("work/felix-cache")), "the framework never started");
    }
}
