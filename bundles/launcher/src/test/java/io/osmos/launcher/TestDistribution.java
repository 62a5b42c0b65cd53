package io.osmos.launcher;

import io.osmos.launcher.flag.Command;
import io.osmos.launcher.flag.FlagException;
import io.osmos.launcher.flag.FlagParser;
import io.osmos.launcher.flag.Flags;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;

/** A distribution folder as bin/osmos sees it (bundles/, features/), built in a temporary folder. */
final class TestDistribution {
    /** The platform bundles the boot tests run: the jars come from the local Maven repository. */
    static final List<String> PLATFORM = List.of("scr", "component", "promise", "function", "configadmin", "fileinstall");

    final Path home;
    private final List<String> ids = new ArrayList<>();

    TestDistribution(Path home) throws IOException {
        this.home = home;
        Files.createDirectories(home.resolve("bundles"));
        Files.createDirectories(home.resolve("features"));
    }

    /** Adds a jar named by surefire's {@code osmos.test.<key>} property, as bin/osmos's bundles/ would hold it. */
    TestDistribution withMavenBundle(String key) throws IOException {
        Path jar = Path.of(System.getProperty("osmos.test." + key));
        String version = jar.getParent().getFileName().toString();
        String artifact = jar.getParent().getParent().getFileName().toString();
        Files.copy(jar, home.resolve("bundles").resolve(jar.getFileName()));
        ids.add("test:" + artifact + ":" + version);
        return this;
    }

    TestDistribution withPlatform() throws IOException {
        for (String key : PLATFORM) {
            withMavenBundle(key);
        }
        return this;
    }

    /** A bundle whose manifest says {@code headers}, e.g. an import nobody exports. */
    TestDistribution withGeneratedBundle(String name, Map<String, String> headers) throws IOException {
        return withGeneratedBundle(name, headers, Map.of());
    }

    /**
     * A bundle with one immediate DS component whose activate method throws {@code reason}, as a
     * server that cannot bind its port would. The class is compiled here with the JDK's compiler.
     */
    TestDistribution withFailingComponent(String name, String reason) throws IOException {
        Path sources = Files.createDirectories(home.resolve("src/failing"));
        Path source = Files.writeString(sources.resolve("Failing.java"), "package failing;\n"
                + "public class Failing {\n"
                + "    public void activate() { throw new IllegalStateException(\"" + reason + "\"); }\n}\n");
        Path classes = Files.createDirectories(home.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "--release", "17", "-d", classes.toString(), source.toString());
        if (status != 0) {
            throw new IOException("javac failed for " + source);
        }
        String xml = "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + name
                + ".failing\" immediate=\"true\" activate=\"activate\">"
                + "<implementation class=\"failing.Failing\"/></scr:component>";
        return withGeneratedBundle(name, Map.of("Service-Component", "OSGI-INF/failing.xml"), Map.of(
                "OSGI-INF/failing.xml", xml.getBytes(StandardCharsets.UTF_8),
                "failing/Failing.class", Files.readAllBytes(classes.resolve("failing/Failing.class"))));
    }

    private TestDistribution withGeneratedBundle(String name, Map<String, String> headers, Map<String, byte[]> entries)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        try (OutputStream out = Files.newOutputStream(home.resolve("bundles").resolve(name + "-1.0.0.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
            jar.finish();
        }
        ids.add("test:" + name + ":1.0.0");
        return this;
    }

    /** Writes the feature of every mode: the bundles so far and {@code configurations} (a JSON object). */
    TestDistribution feature(String configurations) throws IOException {
        String bundles = String.join(",\n", ids.stream().map(id -> "    {\"id\": \"" + id + "\"}").toList());
        for (String mode : List.of("master", "agent", "local")) {
            Files.writeString(home.resolve("features/" + mode + ".json"), "{\n  \"id\": \"io.osmos:test:1\",\n"
                    + "  \"bundles\": [\n" + bundles + "\n  ],\n  \"configurations\": " + configurations + "\n}\n");
        }
        return this;
    }

    Flags flags(String... args) throws FlagException {
        Command command = new FlagParser(Map.of(), Optional.of(home), home.resolve("tmp")).parse(args);
        return ((Command.Run) command).flags();
    }

    Platform launch(String... args) throws FlagException, LaunchException {
        return Platform.launch(flags(args), Optional.of(home), false);
    }
}
