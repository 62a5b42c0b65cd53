package io.osmos.agent.checkpoint;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes checkpoint files so that a crash at any moment leaves either the old or the new content:
 * a temporary file is written and synced, then renamed over the target.
 */
public final class CheckpointFiles {
    private CheckpointFiles() {
    }

    public static void write(Path file, Message message) throws IOException {
        write(file, message.toByteArray());
    }

    public static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * @throws IOException when the file cannot be read or does not hold such a message, naming the file
     */
    public static <T extends Message> T read(Path file, Parser<T> parser) throws IOException {
        try {
            return parser.parseFrom(Files.readAllBytes(file));
        } catch (InvalidProtocolBufferException e) {
            throw new IOException("Checkpoint " + file + " is corrupt: " + e.getMessage(), e);
        }
    }

    /** Points {@code link} at {@code target} (a sibling's name) in one step. */
    public static void link(Path link, String target) throws IOException {
        Files.createDirectories(link.getParent());
        Path temporary = link.resolveSibling("." + link.getFileName() + "-" + target);
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, Path.of(target));
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
