package io.osmos.runtime.http;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.UninitializedMessageException;
import com.google.protobuf.util.JsonFormat;
import io.osmos.runtime.internal.codec.JsonPrinter;
import io.osmos.runtime.internal.codec.Utf8Writer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Mesos v1 bodies in either encoding. JSON uses the proto field names (snake_case) both ways, as
 * Mesos does; unknown fields and explicit nulls are accepted on input, and 64-bit integers are
 * written as JSON numbers, as Mesos writes them.
 */
@ProviderType
public final class Codec {
    private static final JsonFormat.Parser JSON_PARSER = JsonFormat.parser().ignoringUnknownFields();
    private static final int WRITE_BUFFER_BYTES = 16 * 1024;

    private Codec() {
    }

    /**
     * Parses a request body into a message of the given type.
     *
     * @throws BadRequestException 400 naming the message type and the reason, e.g.
     *     "Failed to parse body into Call: Expect message object but got: 3"
     */
    @SuppressWarnings("unchecked")
    public static <T extends Message> T parse(byte[] body, MediaType type, T defaultInstance) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultInstance, "defaultInstance");
        byte[] bytes = body == null ? new byte[0] : body;
        try {
            if (type == MediaType.PROTOBUF) {
                return (T) defaultInstance.getParserForType().parseFrom(bytes);
            }
            Message.Builder builder = defaultInstance.newBuilderForType();
            JSON_PARSER.merge(new String(bytes, StandardCharsets.UTF_8), builder);
            return (T) builder.build();
        } catch (InvalidProtocolBufferException | UninitializedMessageException e) {
            throw failure(defaultInstance, e.getMessage());
        } catch (RuntimeException e) {
            // the JSON reader reports some malformed input with its own unchecked exceptions
            throw failure(defaultInstance, e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    /** Parses JSON text; see {@link #parse}. */
    public static <T extends Message> T fromJson(String json, T defaultInstance) {
        return parse(json.getBytes(StandardCharsets.UTF_8), MediaType.JSON, defaultInstance);
    }

    /** Encodes a message for a response body or an event. */
    public static byte[] encode(MessageOrBuilder message, MediaType type) {
        Objects.requireNonNull(message, "message");
        if (Objects.requireNonNull(type, "type") == MediaType.PROTOBUF) {
            Message built = message instanceof Message m ? m : ((Message.Builder) message).buildPartial();
            return built.toByteArray();
        }
        return JsonPrinter.print(message).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a message as {@link #encode} encodes it, to a stream and a block at a time, so a large
     * message (a cluster's state) is never held encoded in memory whole. The stream is flushed, not closed.
     *
     * @throws IOException from the stream
     * @since 1.1
     */
    public static void write(MessageOrBuilder message, MediaType type, OutputStream out) throws IOException {
        Objects.requireNonNull(message, "message");
        if (Objects.requireNonNull(type, "type") == MediaType.PROTOBUF) {
            Message built = message instanceof Message m ? m : ((Message.Builder) message).buildPartial();
            CodedOutputStream coded = CodedOutputStream.newInstance(out, WRITE_BUFFER_BYTES);
            built.writeTo(coded);
            coded.flush();
        } else {
            JsonPrinter.print(message, new Utf8Writer(out));
        }
        out.flush();
    }

    /** The message as compact JSON text, as {@link #encode} writes it. */
    public static String toJson(MessageOrBuilder message) {
        return JsonPrinter.print(Objects.requireNonNull(message, "message"));
    }

    private static BadRequestException failure(Message type, String reason) {
        String oneLine = reason == null ? "unknown error" : reason.replaceAll("\\s*\\R\\s*", " ").trim();
        return new BadRequestException("Failed to parse body into " + type.getDescriptorForType().getName() + ": "
                + oneLine);
    }
}
