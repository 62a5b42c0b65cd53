package io.osmos.itest.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feature reader the integration tests rely on, against the shapes features/ uses. */
class FeatureFileTest {
    @TempDir
    Path dir;

    @Test
    void readsBundlesInOrderAndTypedConfigurationsFromACommentedFeature() throws IOException {
        Path file = write("""
                // comments are allowed in feature files
                {
                  "id": "io.osmos:osmos-local:1.0.0",
                  "bundles": [
                    {"id": "org.apache.felix:org.apache.felix.scr:2.2.18"}, /* object form */
                    "io.netty:netty-common:4.1.140.Final"
                  ],
                  "configurations": {
                    "io.osmos.runtime.http": {"port:Integer": 5050, "ip": "127.0.0.1", "rules": ["/a", "/b"]}
                  }
                }
                """);
        FeatureFile feature = FeatureFile.read(file);

        assertEquals(List.of("org.apache.felix:org.apache.felix.scr:2.2.18", "io.netty:netty-common:4.1.140.Final"),
                feature.bundles().stream().map(MavenId::toString).toList());
        assertEquals("netty-common-4.1.140.Final.jar", feature.bundles().get(1).fileName());
        Dictionary<String, Object> http = ConfigValues.toDictionary("io.osmos.runtime.http",
                feature.configurations().get("io.osmos.runtime.http"));
        assertEquals(5050, http.get("port"));
        assertEquals("127.0.0.1", http.get("ip"));
        assertArrayEquals(new String[] {"/a", "/b"}, (String[]) http.get("rules"));
    }

    @Test
    void aBundleIdWithoutVersionIsRejectedNamingIt() throws IOException {
        Path file = write("{\"bundles\": [\"io.osmos:osmos-api\"]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureFile.read(file));
        assertTrue(e.getMessage().contains("io.osmos:osmos-api"), e.getMessage());
    }

    @Test
    void aValueThatDoesNotFitItsTypeHintIsRejectedNamingPidAndKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigValues.toDictionary("io.osmos.runtime.http", java.util.Map.of("port:Integer", "high")));
        assertTrue(e.getMessage().contains("io.osmos.runtime.http") && e.getMessage().contains("'port'"),
                e.getMessage());
    }

    @Test
    void brokenJsonNamesWhereItBroke() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("{\"bundles\": [}"));
        assertTrue(e.getMessage().startsWith("bad JSON at offset"), e.getMessage());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("feature.json"), text);
    }
}
