package io.osmos.hooks.postfetch;

import io.osmos.api.Modules;
import io.osmos.api.hook.AgentHook;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the fetcher has put a container's URIs into its sandbox, and before the task starts, writes
 * {@code FETCHED.sha256}: one {@code <sha256>  <path>} line per fetched file, in the format
 * {@code sha256sum -c} checks. A task can verify its inputs, and an operator can see afterwards
 * exactly what a task ran with.
 */
@Component(property = Modules.NAME + "=" + PostFetchHook.NAME)
public final class PostFetchHook implements AgentHook {
    public static final String NAME = "post_fetch";
    public static final String MANIFEST = "FETCHED.sha256";
    private static final Logger LOG = LoggerFactory.getLogger(PostFetchHook.class);
    // the agent creates these before fetching; they are the task's output, not its input
    private static final Set<String> NOT_FETCHED = Set.of("stdout", "stderr", MANIFEST);

    @Override
    public void slavePostFetchHook(ContainerID containerId, String directory) {
        Path sandbox = Path.of(directory);
        try {
            Files.writeString(sandbox.resolve(MANIFEST), manifest(sandbox), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // thrown on, the agent logs and counts it and launches the task anyway
            throw new UncheckedIOException("cannot write " + MANIFEST + " for container " + containerId.getValue(), e);
        }
        LOG.debug("Wrote {} for container {}", MANIFEST, containerId.getValue());
    }

    static String manifest(Path sandbox) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sandbox)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !(p.getParent().equals(sandbox) && NOT_FETCHED.contains(p.getFileName().toString())))
                    .sorted().toList();
        }
        StringBuilder lines = new StringBuilder();
        for (Path file : files) {
            lines.append(sha256(file)).append("  ").append(sandbox.relativize(file)).append('\n');
        }
        return lines.toString();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
