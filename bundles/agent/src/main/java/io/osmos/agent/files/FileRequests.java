package io.osmos.agent.files;

import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.HttpExchange;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The four requests of the files API, answered as a Mesos agent answers them. Blocking: each runs on
 * an I/O thread and throws {@link BadRequestException} for the status and message to answer.
 */
final class FileRequests {
    /** Mesos caps one read at 16 pages. */
    static final int MAX_READ_LENGTH = 16 * 4096;
    /** Downloads are sent from memory until the HTTP server can stream a file. */
    static final long MAX_DOWNLOAD_BYTES = 256L * 1024 * 1024;

    private final VirtualPaths paths;

    FileRequests(VirtualPaths paths) {
        this.paths = paths;
    }

    /** The directory's entries, sorted by name; an entry that cannot be stat'ed is left out. */
    void browse(HttpExchange exchange) throws IOException {
        String path = requiredPath(exchange);
        Path directory = existing(path);
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            List<Path> children;
            try (Stream<Path> list = Files.list(directory)) {
                children = list.sorted().toList();
            }
            String parent = VirtualPaths.normalize(path);
            for (Path child : children) {
                String virtualChild = (parent.equals("/") ? "" : parent) + "/" + child.getFileName();
                try {
                    entries.add(FileInfoJson.of(virtualChild, child));
                } catch (IOException e) {
                    // A dangling link or a file removed meanwhile: Mesos skips it too.
                }
            }
        }
        exchange.respondJson(200, "[" + String.join(",", entries) + "]");
    }

    /**
     * Up to {@code length} bytes (all, capped at 16 pages, when absent or -1) from {@code offset}.
     * An offset of -1, or none, asks only for the size: the answer carries it as the offset.
     */
    void read(HttpExchange exchange) throws IOException {
        String path = requiredPath(exchange);
        long offset = number(exchange, "offset");
        long length = number(exchange, "length");
        Path file = existing(path);
        if (Files.isDirectory(file)) {
            throw new BadRequestException("Cannot read a directory.");
        }
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (offset == -1 || offset >= size || length == 0) {
                exchange.respondJson(200, readJson("", offset == -1 ? size : offset));
                return;
            }
            long wanted = length == -1 ? size - offset : length;
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(wanted, MAX_READ_LENGTH));
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                // positional reads leave the channel's own position alone; loop until full or at the end
            }
            String data = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            exchange.respondJson(200, readJson(data, offset));
        }
    }

    /** The raw file as an attachment, typed by its extension. */
    void download(HttpExchange exchange) throws IOException {
        Path file = existing(requiredPath(exchange));
        if (Files.isDirectory(file)) {
            throw new BadRequestException("Cannot download a directory.");
        }
        long size = Files.size(file);
        if (size > MAX_DOWNLOAD_BYTES) {
            throw new BadRequestException(413, "'" + file.getFileName() + "' is " + size + " bytes; /files/download "
                    + "sends at most " + MAX_DOWNLOAD_BYTES + " bytes: read it in parts with /files/read");
        }
        String name = file.getFileName().toString();
        String type = URLConnection.getFileNameMap().getContentTypeFor(name);
        exchange.header("Content-Disposition", "attachment; filename=" + name);
        exchange.respond(200, type == null ? "application/octet-stream" : type, Files.readAllBytes(file));
    }

    /** The attached paths, virtual to real. */
    void debug(HttpExchange exchange) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Path> entry : paths.snapshot().entrySet()) {
            json.append(json.length() > 1 ? "," : "").append(Json.string(entry.getKey())).append(':')
                    .append(Json.string(entry.getValue().toString()));
        }
        exchange.respondJson(200, json.append('}').toString());
    }

    private Path existing(String path) throws IOException {
        return paths.resolve(path).orElseThrow(() -> new BadRequestException(404, "No such file or directory: '"
                + path + "'"));
    }

    private static String requiredPath(HttpExchange exchange) {
        String path = exchange.queryParameter("path");
        if (path == null || path.isEmpty()) {
            throw new BadRequestException("Expecting 'path=value' in query.");
        }
        return path;
    }

    /** A query number that may be -1 (meaning "not given"), as Mesos reads offset and length. */
    private static long number(HttpExchange exchange, String name) {
        String text = exchange.queryParameter(name);
        if (text == null) {
            return -1;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("Failed to parse " + name + ": '" + text + "' is not a number.");
        }
        if (value < -1) {
            throw new BadRequestException("Negative " + name + " provided: " + value + ".");
        }
        return value;
    }

    private static String readJson(String data, long offset) {
        return "{\"data\":" + Json.string(data) + ",\"offset\":" + offset + "}";
    }
}
