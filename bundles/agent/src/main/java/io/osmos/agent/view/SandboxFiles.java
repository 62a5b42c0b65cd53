package io.osmos.agent.view;

import com.google.protobuf.ByteString;
import io.osmos.agent.AgentHistory.CompletedExecutor;
import io.osmos.agent.AgentView;
import io.osmos.agent.executor.Executor;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FileInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TimeInfo;
import io.osmos.protocol.v1.agent.Protos.Response;
import io.osmos.runtime.http.BadRequestException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * LIST_FILES and READ_FILE of the agent operator API over the sandboxes the agent knows, under the
 * paths the files API shows them at: a run's own directory, its {@code runs/latest}, and
 * {@code /frameworks/<framework>/executors/<executor>/runs/latest}. Nothing outside a sandbox can be
 * reached, not even through a link a task left in it. Reads block, so they run on I/O threads.
 */
public final class SandboxFiles {
    /** The most READ_FILE returns at once, as the files API's /files/read does. */
    static final int MAX_READ_BYTES = 16 * 4096;

    private final Map<String, Path> attached;

    private SandboxFiles(Map<String, Path> attached) {
        this.attached = attached;
    }

    /** What can be read right now; call inside {@link io.osmos.agent.Agent#read}. */
    public static SandboxFiles of(AgentView view) {
        Map<String, Path> attached = new HashMap<>();
        for (FrameworkInfo framework : view.history().completedFrameworks()) {
            view.history().completedExecutors(framework.getId()).forEach(e -> attach(attached, framework.getId(), e));
        }
        for (FrameworkInfo framework : view.frameworks().values()) {
            view.history().completedExecutors(framework.getId()).forEach(e -> attach(attached, framework.getId(), e));
        }
        for (Executor executor : view.executors()) {
            attach(attached, executor.frameworkId(), executor.id(), executor.directory());
        }
        return new SandboxFiles(attached);
    }

    private static void attach(Map<String, Path> attached, FrameworkID framework, CompletedExecutor executor) {
        attach(attached, framework, executor.info().getExecutorId(), executor.directory());
    }

    private static void attach(Map<String, Path> attached, FrameworkID framework, ExecutorID executor, Path run) {
        attached.put(run.toString(), run);
        attached.put(run.resolveSibling("latest").toString(), run);
        attached.put("/frameworks/" + framework.getValue() + "/executors/" + executor.getValue() + "/runs/latest", run);
    }

    /** @throws BadRequestException 404 when there is no such file or directory */
    public Response list(String path) throws IOException {
        Path real = resolve(path);
        Response.ListFiles.Builder files = Response.ListFiles.newBuilder();
        String parent = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!Files.isDirectory(real)) {
            files.addFileInfos(info(parent, real));
        } else {
            try (Stream<Path> children = Files.list(real)) {
                for (Path child : children.sorted().toList()) {
                    try {
                        files.addFileInfos(info(parent + "/" + child.getFileName(), child));
                    } catch (IOException gone) {
                        // removed meanwhile, or a dangling link: Mesos leaves such entries out too
                    }
                }
            }
        }
        return Response.newBuilder().setType(Response.Type.LIST_FILES).setListFiles(files).build();
    }

    /** @throws BadRequestException 404 when there is no such file, 400 for a directory */
    public Response read(String path, long offset, long length) throws IOException {
        Path real = resolve(path);
        if (Files.isDirectory(real)) {
            throw new BadRequestException("Cannot read '" + path + "': it is a directory");
        }
        try (FileChannel channel = FileChannel.open(real)) {
            long size = channel.size();
            long wanted = Math.min(Math.max(0, size - offset), length < 0 ? MAX_READ_BYTES : Math.min(length,
                    MAX_READ_BYTES));
            ByteBuffer buffer = ByteBuffer.allocate((int) wanted);
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                // positional reads: loop until the buffer is full or the file ends
            }
            buffer.flip();
            return Response.newBuilder().setType(Response.Type.READ_FILE).setReadFile(Response.ReadFile.newBuilder()
                    .setSize(size).setData(ByteString.copyFrom(buffer))).build();
        }
    }

    /** The real file behind a path: the longest attached prefix, then the rest, never leaving the sandbox. */
    Path resolve(String path) throws IOException {
        String virtual = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String prefix = virtual;
        while (!prefix.isEmpty() && !attached.containsKey(prefix)) {
            int slash = prefix.lastIndexOf('/');
            prefix = slash <= 0 ? "" : prefix.substring(0, slash);
        }
        if (prefix.isEmpty()) {
            throw notFound(path);
        }
        Path base = attached.get(prefix);
        Path real = virtual.length() == prefix.length() ? base : base.resolve(virtual.substring(prefix.length() + 1));
        try {
            Path resolved = real.toRealPath();
            if (!resolved.startsWith(base.toRealPath())) {
                throw notFound(path);
            }
            return resolved;
        } catch (NoSuchFileException e) {
            throw notFound(path);
        }
    }

    private static FileInfo info(String virtual, Path real) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(real, PosixFileAttributes.class);
        FileInfo.Builder info = FileInfo.newBuilder().setPath(virtual).setSize(attributes.size())
                .setMtime(TimeInfo.newBuilder().setNanoseconds(attributes.lastModifiedTime().toMillis() * 1_000_000L))
                .setUid(attributes.owner().getName()).setGid(attributes.group().getName());
        if (Files.getAttribute(real, "unix:mode") instanceof Integer mode) {
            info.setMode(mode);
        }
        if (Files.getAttribute(real, "unix:nlink") instanceof Integer links) {
            info.setNlink(links);
        }
        return info.build();
    }

    private static BadRequestException notFound(String path) {
        return new BadRequestException(404, "No such file or directory: '" + path + "'");
    }
}
