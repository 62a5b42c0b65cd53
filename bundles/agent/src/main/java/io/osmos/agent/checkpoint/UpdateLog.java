package io.osmos.agent.checkpoint;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's status update stream on disk ({@code task.updates}): every update the agent accepted and
 * every acknowledgement, appended in order and synced before the update is sent or the next one
 * goes out, as the Mesos status update manager checkpoints. Replaying the records rebuilds the stream.
 * Each record is a kind (1 update, 2 acknowledgement) and a length-prefixed body (the TaskStatus, or
 * the uuid). A crash in the middle of an append leaves a torn last record, which a replay drops.
 */
public final class UpdateLog {
    private static final int UPDATE = 1;
    private static final int ACK = 2;

    /** One record of the stream. */
    public sealed interface Record permits Update, Ack {
    }

    public record Update(TaskStatus status) implements Record {
    }

    public record Ack(ByteString uuid) implements Record {
    }

    /** What a file held; {@code torn} when its end was cut off mid-record. */
    public record Replay(List<Record> records, boolean torn) {
    }

    private final Path file;

    public UpdateLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void update(TaskStatus status) throws IOException {
        append(UPDATE, status.toByteString());
    }

    public void acknowledge(ByteString uuid) throws IOException {
        append(ACK, uuid);
    }

    /** @throws IOException when the file cannot be read, or a record in its middle is corrupt */
    public static Replay read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Replay(List.of(), false);
        }
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        List<Record> records = new ArrayList<>();
        try {
            while (!in.isAtEnd()) {
                int kind = in.readUInt32();
                ByteString body = in.readBytes();
                records.add(switch (kind) {
                    case UPDATE -> new Update(TaskStatus.parseFrom(body));
                    case ACK -> new Ack(body);
                    default -> throw new InvalidProtocolBufferException("unknown record kind " + kind);
                });
            }
        } catch (InvalidProtocolBufferException e) {
            if (e.getMessage() != null && e.getMessage().contains("truncated")) {
                return new Replay(records, true);
            }
            throw new IOException("Status update checkpoint " + file + " is corrupt after " + records.size()
                    + " records: " + e.getMessage(), e);
        }
        return new Replay(records, false);
    }

    private void append(int kind, ByteString body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.size() + 8);
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeUInt32NoTag(kind);
        out.writeBytesNoTag(body);
        out.flush();
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
    }
}
