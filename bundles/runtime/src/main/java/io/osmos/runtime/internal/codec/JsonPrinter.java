package io.osmos.runtime.internal.codec;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Protobuf to JSON the way Mesos writes it: proto field names, only the fields that are set, enums
 * by name, bytes in base64, and 64-bit integers as JSON numbers. The canonical proto3 mapping
 * (JsonFormat) quotes 64-bit integers, which Mesos clients do not accept for fields such as port
 * ranges, so this printer walks the message itself and uses JsonFormat only for the well-known
 * google.protobuf types, whose JSON forms are special.
 */
public final class JsonPrinter {
    private static final JsonFormat.Printer WELL_KNOWN =
            JsonFormat.printer().preservingProtoFieldNames().omittingInsignificantWhitespace();
    private static final int MAX_WIRE_BYTES = 256 * 1024;
    // Weak: the types may belong to a bundle that is uninstalled later.
    private static final Map<Descriptor, Boolean> FROM_WIRE = Collections.synchronizedMap(new WeakHashMap<>());

    private JsonPrinter() {
    }

    public static String print(MessageOrBuilder message) {
        return print(message, true);
    }

    /** As {@link #print}, through protobuf's reflection only; to check the faster way against. */
    static String printByReflection(MessageOrBuilder message) {
        return print(message, false);
    }

    /** Writes the message as JSON text; {@code text} is flushed but stays open. */
    public static void print(MessageOrBuilder message, Writer text) throws IOException {
        JsonOut out = new JsonOut(text);
        writeMessage(message, out, true);
        out.flush();
    }

    private static String print(MessageOrBuilder message, boolean fromWire) {
        StringWriter text = new StringWriter();
        try {
            writeMessage(message, new JsonOut(text), fromWire);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + message.getDescriptorForType().getFullName()
                    + " as JSON: " + e.getMessage(), e);
        }
        return text.toString();
    }

    static void writeMessage(MessageOrBuilder message, JsonOut out) throws IOException {
        writeMessage(message, out, true);
    }

    private static void writeMessage(MessageOrBuilder message, JsonOut out, boolean fromWire) throws IOException {
        Descriptor type = message.getDescriptorForType();
        if (isWellKnown(type)) {
            out.jsonValue(WELL_KNOWN.print(message));
            return;
        }
        // Small enough to encode at once: print from the bytes, far faster than reflection. Larger
        // ones (a cluster's state) are walked here, so their parts are printed from their bytes in turn.
        if (fromWire && message instanceof Message built && built.getSerializedSize() <= MAX_WIRE_BYTES
                && FROM_WIRE.computeIfAbsent(type, WireFields::fits)) {
            WireJson.message(CodedInputStream.newInstance(built.toByteArray()), type, out);
            return;
        }
        out.beginObject();
        for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
            FieldDescriptor field = entry.getKey();
            out.name(field.isExtension() ? "[" + field.getFullName() + "]" : field.getName());
            if (field.isMapField()) {
                writeMap(field, (List<?>) entry.getValue(), out, fromWire);
            } else if (field.isRepeated()) {
                out.beginArray();
                for (Object element : (List<?>) entry.getValue()) {
                    writeValue(field, element, out, fromWire);
                }
                out.endArray();
            } else {
                writeValue(field, entry.getValue(), out, fromWire);
            }
        }
        out.endObject();
    }

    static boolean isWellKnown(Descriptor type) {
        return type.getFile().getPackage().equals("google.protobuf");
    }

    private static void writeMap(FieldDescriptor field, List<?> entries, JsonOut out, boolean fromWire)
            throws IOException {
        FieldDescriptor key = field.getMessageType().findFieldByNumber(1);
        FieldDescriptor value = field.getMessageType().findFieldByNumber(2);
        out.beginObject();
        for (Object element : entries) {
            MessageOrBuilder entry = (MessageOrBuilder) element;
            out.name(mapKey(key, entry.getField(key)));
            writeValue(value, entry.getField(value), out, fromWire);
        }
        out.endObject();
    }

    static String mapKey(FieldDescriptor key, Object value) {
        return switch (key.getType()) {
            case UINT32, FIXED32 -> Integer.toUnsignedString((Integer) value);
            case UINT64, FIXED64 -> Long.toUnsignedString((Long) value);
            default -> String.valueOf(value);
        };
    }

    static void writeValue(FieldDescriptor field, Object value, JsonOut out) throws IOException {
        writeValue(field, value, out, true);
    }

    private static void writeValue(FieldDescriptor field, Object value, JsonOut out, boolean fromWire)
            throws IOException {
        FieldDescriptor.Type type = field.getType();
        if (type == FieldDescriptor.Type.MESSAGE || type == FieldDescriptor.Type.GROUP) {
            writeMessage((MessageOrBuilder) value, out, fromWire);
        } else {
            writeScalar(type, value, out);
        }
    }

    /** A value of any type but a message: an enum as its value descriptor, bytes as a ByteString. */
    static void writeScalar(FieldDescriptor.Type type, Object value, JsonOut out) throws IOException {
        switch (type) {
            case DOUBLE -> writeFloating((Double) value, out);
            case FLOAT -> writeFloating((Float) value, out);
            case INT64, SINT64, SFIXED64 -> out.value((long) (Long) value);
            case UINT64, FIXED64 -> out.jsonValue(Long.toUnsignedString((Long) value));
            case INT32, SINT32, SFIXED32 -> out.value((long) (Integer) value);
            case UINT32, FIXED32 -> out.value(Integer.toUnsignedLong((Integer) value));
            case BOOL -> out.value((boolean) (Boolean) value);
            case STRING -> out.value((String) value);
            case BYTES -> out.value(Base64.getEncoder().encodeToString(((ByteString) value).toByteArray()));
            case ENUM -> writeEnum((EnumValueDescriptor) value, out);
            default -> throw new IllegalStateException("Unknown field type " + type);
        }
    }

    private static void writeFloating(Number value, JsonOut out) throws IOException {
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.value(String.valueOf(d)); // "NaN", "Infinity", "-Infinity" as strings, as JsonFormat does
        } else {
            // Mesos prints plain decimals; Java's toString switches to E notation from 1e7 (timestamps).
            out.jsonValue(PlainDecimal.of(value.toString()));
        }
    }

    private static void writeEnum(EnumValueDescriptor value, JsonOut out) throws IOException {
        if (value.getType().getFullName().equals("google.protobuf.NullValue")) {
            out.nullValue();
        } else if (value.getIndex() == -1) {
            out.value(value.getNumber()); // a value this build does not know: keep its number
        } else {
            out.value(value.getName());
        }
    }
}
