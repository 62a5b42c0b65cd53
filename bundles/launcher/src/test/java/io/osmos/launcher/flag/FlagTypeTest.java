package io.osmos.launcher.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagTypeTest {

    private static String reason(FlagType type, String raw) {
        return assertThrows(IllegalArgumentException.class, () -> type.convert(raw)).getMessage();
    }

    @Test
    void ports() {
        assertEquals(0, FlagType.PORT.convert("0"));
        assertEquals(65535, FlagType.PORT.convert("65535"));
        assertEquals("'-1' is not a valid port", reason(FlagType.PORT, "-1"));
        assertEquals("'' is not a valid port", reason(FlagType.PORT, ""));
    }

    @Test
    void durationsUseMesosUnits() {
        for (String ok : new String[] {"100ns", "5us", "100ms", "1secs", "1.5secs", "5mins", "2hrs", "1days", "1weeks"}) {
            assertEquals(ok, FlagType.DURATION.convert(ok));
        }
        assertEquals("'5s' is not a valid duration (e.g. 100ms, 10secs, 5mins)", reason(FlagType.DURATION, "5s"));
    }

    @Test
    void bytesBecomeAByteCount() {
        assertEquals(512L, FlagType.BYTES.convert("512B"));
        assertEquals(10L << 20, FlagType.BYTES.convert("10MB"));
        assertEquals(2L << 30, FlagType.BYTES.convert("2GB"));
        assertEquals("'10' is not a valid size (e.g. 512B, 64KB, 10MB, 2GB)", reason(FlagType.BYTES, "10"));
        assertEquals("'99999999999999TB' is too large", reason(FlagType.BYTES, "99999999999999TB"));
    }

    @Test
    void ipAddresses() {
        assertEquals("127.0.0.1", FlagType.IP.convert("127.0.0.1"));
        assertEquals("::1", FlagType.IP.convert("::1"));
        assertEquals("'localhost' is not a valid IP address", reason(FlagType.IP, "localhost"));
        assertEquals("'1.2.3' is not a valid IP address", reason(FlagType.IP, "1.2.3"));
    }

    @Test
    void jsonIsStrictAndCompacted() {
        assertEquals("{\"a\":[1,2]}", FlagType.JSON.convert("{ \"a\": [1, 2] }"));
        assertEquals("{a:1} is not valid JSON", reason(FlagType.JSON, "{a:1}").substring(0, 23));
        assertEquals("{} x has text after the JSON value", reason(FlagType.JSON, "{} x"));
    }

    @Test
    void jsonFlagsAlsoReadFiles(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.json"), "{\"disabled_endpoints\": {\"paths\": [\"/flags\"]}}");
        String expected = "{\"disabled_endpoints\":{\"paths\":[\"/flags\"]}}";
        assertEquals(expected, FlagType.JSON_OR_FILE.convert(rules.toString()));
        assertEquals(expected, FlagType.JSON_OR_FILE.convert("file://" + rules));
        assertEquals(expected, FlagType.JSON_OR_FILE.convert(expected));
        assertEquals("'/no/such/file' is neither JSON nor a readable file", reason(FlagType.JSON_OR_FILE, "/no/such/file"));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");
        assertEquals("file " + broken + " is not valid JSON", reason(FlagType.JSON_OR_FILE, broken.toString())
                .substring(0, ("file " + broken + " is not valid JSON").length()));
    }

    @Test
    void masters() {
        assertEquals("10.0.0.1:5050", FlagType.MASTER.convert("10.0.0.1:5050"));
        assertEquals("zk://zk1:2181,zk2:2181/mesos", FlagType.MASTER.convert("zk://zk1:2181,zk2:2181/mesos"));
        assertEquals("file:///etc/osmos/master", FlagType.MASTER.convert("file:///etc/osmos/master"));
        assertEquals("'host' is not a valid master (host:port, zk://host:port/path or file:///path)",
                reason(FlagType.MASTER, "host"));
        assertEquals("'zk://' is not a valid master (host:port, zk://host:port/path or file:///path)",
                reason(FlagType.MASTER, "zk://"));
    }

    @Test
    void resourcesInMesosTextOrJson() {
        String text = "cpus:4;mem:8192;disk(ops):20000;ports:[31000-32000, 33000-33100];gpus:{a,b}";
        assertEquals(text, FlagType.RESOURCES.convert(text));
        assertEquals("[{\"name\":\"cpus\"}]", FlagType.RESOURCES.convert("[{\"name\": \"cpus\"}]"));
        assertEquals("'cpus=4;mem:1' is not valid resources: 'cpus=4' is not name(role):value",
                reason(FlagType.RESOURCES, "cpus=4;mem:1"));
    }

    @Test
    void attributes() {
        assertEquals("rack:r1;zone:a", FlagType.ATTRIBUTES.convert("rack:r1;zone:a"));
        assertEquals("'rack' is not valid attributes: 'rack' is not name:value", reason(FlagType.ATTRIBUTES, "rack"));
    }

    @Test
    void levelsAndPaths() {
        assertEquals("WARNING", FlagType.LEVEL.convert("warning"));
        assertEquals("'LOUD' is not a valid logging level (INFO, WARNING, ERROR, DEBUG or TRACE)",
                reason(FlagType.LEVEL, "LOUD"));
        assertEquals(Path.of("rel").toAbsolutePath().toString(), FlagType.PATH.convert("rel/."));
    }
}
