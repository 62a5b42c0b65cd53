package io.osmos.runtime.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The packaged bundle in a real Felix with only SCR (and its companions), ConfigAdmin, protobuf-java
 * and the Netty modules: it resolves, reads its configuration, serves HTTP and follows endpoint
 * services as they come and go. slf4j comes from the host through the system bundle, because the
 * slf4j-api 2 bundle needs a service-loader extender that this minimal set does not have.
 */
class RuntimeBundleIT {
    private static final String PID = "io.osmos.runtime.http";

    @TempDir
    Path storage;

    private Framework framework;
    private BundleContext context;
    private Bundle runtime;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=2.0.17");
        framework = new FrameworkFactory().newFramework(properties);
        framework.start();
        context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (String path : System.getProperty("osmos.itest.bundles").split(",")) {
            bundles.add(context.installBundle(Path.of(path.trim()).toUri().toString()));
        }
        runtime = bundles.get(bundles.size() - 1);
        for (Bundle bundle : bundles) {
            if (bundle != runtime) {
                bundle.start();
            }
        }
        configure(Map.of("ip", "127.0.0.1", "port", 0));
        runtime.start(); // throws, naming the missing requirement, if the bundle does not resolve
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void exportsOnlyTheVersionedSpi() {
        Set<String> exports = new TreeSet<>();
        for (BundleCapability export : runtime.adapt(BundleWiring.class).getCapabilities("osgi.wiring.package")) {
            Map<String, Object> attributes = export.getAttributes();
            exports.add(attributes.get("osgi.wiring.package") + " " + attributes.get("version"));
        }
        assertEquals(Set.of("io.osmos.runtime.actor 1.2.0", "io.osmos.runtime.http 1.1.0",
                "io.osmos.runtime.http.whiteboard 1.0.0", "io.osmos.runtime.metrics 1.0.0",
                "io.osmos.runtime.flags 1.0.0"), exports);
        assertEquals(Bundle.ACTIVE, runtime.getState());
    }

    @Test
    void servesVersionAndFollowsEndpointsAndConfiguration() throws Exception {
        int port = awaitPort();
        assertEquals(200, get(port, "/version").statusCode());
        assertEquals(404, get(port, "/hello").statusCode());

        ServiceRegistration<?> hello = registerEndpoint(new String[] {"/hello", "/slave(1)/hello"},
                "hello from a bundle");
        HttpResponse<String> response = get(port, "/hello");
        assertEquals(200, response.statusCode());
        assertEquals("hello from a bundle", response.body());
        assertEquals("hello from a bundle", get(port, "/slave(1)/hello").body());
        hello.unregister();
        assertEquals(404, get(port, "/hello").statusCode());
        assertEquals(404, get(port, "/slave(1)/hello").statusCode());

        configure(Map.of("ip", "127.0.0.1", "port", port,
                "firewall_rules", "{\"disabled_endpoints\":{\"paths\":[\"/version\"]}}"));
        await(() -> get(port, "/version").statusCode() == 403, "the firewall rule to apply");
        assertEquals("Endpoint '/version' is disabled", get(port, "/version").body());
        assertEquals(port, awaitPort(), "a firewall change must not rebind");
    }

    private ServiceRegistration<?> registerEndpoint(String[] paths, String text) throws Exception {
        Class<?> endpointType = runtime.loadClass("io.osmos.runtime.http.whiteboard.HttpEndpoint");
        Class<?> exchangeType = runtime.loadClass("io.osmos.runtime.http.HttpExchange");
        Object endpoint = Proxy.newProxyInstance(endpointType.getClassLoader(), new Class<?>[] {endpointType},
                (proxy, method, args) -> switch (method.getName()) {
                    case "handle" -> exchangeType.getMethod("respondText", int.class, String.class)
                            .invoke(args[0], 200, text);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "endpoint " + String.join(",", paths);
                });
        Dictionary<String, Object> properties = new Hashtable<>(Map.of("osmos.http.path", paths));
        return context.registerService(endpointType.getName(), endpoint, properties);
    }

    /** Sets the server's configuration through ConfigAdmin, whose API lives inside the framework. */
    private void configure(Map<String, Object> values) throws Exception {
        String adminName = "org.osgi.service.cm.ConfigurationAdmin";
        await(() -> service(adminName) != null, "ConfigurationAdmin");
        ServiceReference<?> reference = service(adminName);
        Object admin = context.getService(reference);
        Bundle cm = reference.getBundle();
        Class<?> adminType = cm.loadClass(adminName);
        Class<?> configurationType = cm.loadClass("org.osgi.service.cm.Configuration");
        Object configuration = adminType.getMethod("getConfiguration", String.class, String.class)
                .invoke(admin, PID, "?");
        configurationType.getMethod("update", Dictionary.class).invoke(configuration, new Hashtable<>(values));
    }

    /**
     * A service by class name, whatever class loader the name resolves to here: this test's class
     * path holds copies of the API classes, so a class-checked lookup would hide the bundles' services.
     */
    private ServiceReference<?> service(String className) {
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(className, null);
            return references == null ? null : references[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String states() {
        StringBuilder states = new StringBuilder();
        for (Bundle bundle : context.getBundles()) {
            states.append(bundle.getSymbolicName()).append('=').append(bundle.getState()).append(' ');
        }
        return states.toString();
    }

    private int awaitPort() {
        int[] port = {0};
        await(() -> {
            ServiceReference<?> server = service("io.osmos.runtime.http.HttpServer");
            port[0] = server == null ? 0 : (Integer) server.getProperty("osmos.http.port");
            return port[0] != 0;
        }, "the HttpServer service");
        return port[0];
    }

    private HttpResponse<String> get(int port, String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        }
    }

    private void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> "timed out waiting for " + what + "; bundles: " + states());
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
