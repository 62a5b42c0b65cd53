package io.osmos.launcher.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureReaderTest {
    @TempDir
    Path dir;

    private Feature read(String json) throws Exception {
        return new FeatureReader().read(Files.writeString(dir.resolve("f.json"), json));
    }

    private String problem(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("f.json"), json);
        String message = assertThrows(FeatureException.class, () -> new FeatureReader().read(file)).getMessage();
        return message.substring(("feature " + file + ": ").length());
    }

    @Test
    void readsBundlesInOrderAndConfigurations() throws Exception {
        Feature feature = read("""
                {
                  // comments are allowed in feature files
                  "feature-resource-version": "1.0",
                  "id": "io.osmos:osmos-local:0.1.0-SNAPSHOT",
                  "bundles": [
                    {"id": "org.apache.felix:org.apache.felix.scr:2.2.18"},
                    "org.osgi:org.osgi.util.function:1.2.0",
                    {"id": "io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.137.Final", "start-order": 2}
                  ],
                  "configurations": {
                    "io.osmos.runtime.http": {"port": 5050, "ratio": 0.5, "ip": "127.0.0.1", "tls": false,
                                              "firewall_rules": {"disabled_endpoints": {"paths": ["/flags"]}}},
                    "io.osmos.typed": {"port:Integer": 5051, "hosts": ["a", "b"], "ids:Integer[]": [1, 2]},
                    "io.osmos.factory~one": {}
                  }
                }
                """);
        assertEquals("io.osmos:osmos-local:0.1.0-SNAPSHOT", feature.id());
        assertEquals(List.of(
                new BundleRef("org.apache.felix", "org.apache.felix.scr", "jar", "", "2.2.18"),
                new BundleRef("org.osgi", "org.osgi.util.function", "jar", "", "1.2.0"),
                new BundleRef("io.netty", "netty-transport-native-epoll", "jar", "linux-x86_64", "4.1.137.Final")),
                feature.bundles());
        Map<String, Object> http = feature.configurations().get("io.osmos.runtime.http");
        assertEquals(5050L, http.get("port"));
        assertEquals(0.5, http.get("ratio"));
        assertEquals("127.0.0.1", http.get("ip"));
        assertEquals(false, http.get("tls"));
        assertEquals("{\"disabled_endpoints\":{\"paths\":[\"/flags\"]}}", http.get("firewall_rules"));
        Map<String, Object> typed = feature.configurations().get("io.osmos.typed");
        assertEquals(5051, typed.get("port"));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) typed.get("hosts"));
        assertArrayEquals(new Integer[] {1, 2}, (Integer[]) typed.get("ids"));
        assertEquals(Map.of(), feature.configurations().get("io.osmos.factory~one"));
    }

    @Test
    void bundleFileNamesFollowMavenNaming() {
        BundleRef plain = BundleRef.parse("io.osmos:osmos-runtime:0.1.0-SNAPSHOT");
        assertEquals("osmos-runtime-0.1.0-SNAPSHOT.jar", plain.fileName());
        assertEquals(Path.of("/m2/io/osmos/osmos-runtime/0.1.0-SNAPSHOT/osmos-runtime-0.1.0-SNAPSHOT.jar"),
                plain.inMavenRepository(Path.of("/m2")));
        BundleRef classified = BundleRef.parse("io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.137.Final");
        assertEquals("netty-transport-native-epoll-4.1.137.Final-linux-x86_64.jar", classified.fileName());
        assertEquals("io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.137.Final", classified.toString());
    }

    @Test
    void mistakesNameTheFileAndTheReason() throws Exception {
        assertEquals("\"id\" is missing", problem("{\"bundles\": []}"));
        assertEquals("\"bundles\" must be an array", problem("{\"id\": \"g:a:1\"}"));
        assertEquals("bundle id 'org.apache.felix.scr' is not groupId:artifactId[:type[:classifier]]:version",
                problem("{\"id\": \"g:a:1\", \"bundles\": [\"org.apache.felix.scr\"]}"));
        assertEquals("bundles[1] has no \"id\"", problem("{\"id\": \"g:a:1\", \"bundles\": [\"g:b:1\", {}]}"));
        assertEquals("feature-resource-version \"2.0\" is not supported (expected 1.x)",
                problem("{\"feature-resource-version\": \"2.0\", \"id\": \"g:a:1\", \"bundles\": []}"));
        assertEquals("configuration p: port:Integer: 'abc' is not of type Integer",
                problem("{\"id\": \"g:a:1\", \"bundles\": [], \"configurations\": {\"p\": {\"port:Integer\": \"abc\"}}}"));
        assertEquals("not a JSON object", problem("[]"));
        assertEquals("not valid JSON", problem("{\"id\": ").substring(0, 14));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("master.json");
        assertEquals("feature " + missing + ": no such file",
                assertThrows(FeatureException.class, () -> new FeatureReader().read(missing)).getMessage());
    }
}
