package io.osmos.runtime.internal.codec;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.WireFormat;
import io.osmos.runtime.internal.codec.WireFields.Field;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a message as {@link JsonPrinter} does, but from its encoded bytes rather than through
 * protobuf's reflection, which calls a getter by java.lang.reflect for every field of every message:
 * printing a large cluster's state took seconds that way. An encoded message lists its fields in
 * field-number order with each repeated field's elements together, the order the reflective printer
 * uses. What the reflective printer never sees is skipped here too: fields this build does not know,
 * values of the wrong wire type, and values of closed enums this build does not know (all of which
 * parsing keeps as unknown fields, written after the known ones). Only for types without extensions
 * ({@link WireFields#fits}).
 */
final class WireJson {
    private WireJson() {
    }

    /** Prints the message of this type encoded in {@code in}, up to the end of its input or limit. */
    static void message(CodedInputStream in, Descriptor type, JsonOut out) throws IOException {
        if (JsonPrinter.isWellKnown(type)) {
            JsonPrinter.writeMessage(DynamicMessage.parseFrom(type, in), out);
            return;
        }
        out.beginObject();
        WireFields fields = WireFields.of(type);
        Field open = null; // the repeated field whose elements are being written
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            Field field = fields.get(WireFormat.getTagFieldNumber(tag));
            int wireType = WireFormat.getTagWireType(tag);
            boolean packed = field != null && field.packable() && wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED;
            if (field == null || !packed && wireType != field.wireType()) {
                in.skipField(tag);
                continue;
            }
            if (!packed && !field.map() && field.type() != FieldDescriptor.Type.ENUM) {
                // The common case, one value read straight into the output.
                open = name(field, open, out);
                write(field, single(field, in), in, out);
                continue;
            }
            List<Object> values = packed ? packed(field, in) : List.of(single(field, in));
            if (values.isEmpty() || values.get(0) == Marker.UNKNOWN) {
                continue;
            }
            open = name(field, open, out);
            for (Object value : values) {
                write(field, value, in, out);
            }
        }
        if (open != null) {
            end(open, out);
        }
        out.endObject();
    }

    private enum Marker {
        /** A value parsing would keep as an unknown field: a closed enum's number this build does not know. */
        UNKNOWN,
        /** A message, left in the input to be printed straight from it. */
        NESTED
    }

    /** Writes the field's name, and opens its array or object, unless its elements are being written. */
    private static Field name(Field field, Field open, JsonOut out) throws IOException {
        if (open == field && field.repeated()) {
            return open;
        }
        if (open != null) {
            end(open, out);
        }
        out.name(field.name());
        if (field.map()) {
            out.beginObject();
        } else if (field.repeated()) {
            out.beginArray();
        }
        return field;
    }

    private static void end(Field field, JsonOut out) throws IOException {
        if (field.map()) {
            out.endObject();
        } else if (field.repeated()) {
            out.endArray();
        } // a single value needs no end
    }

    /**
     * Reads one value, except that messages are left in the input to be printed straight from it,
     * and map entries are parsed whole, maps being rare and small.
     */
    private static Object single(Field field, CodedInputStream in) throws IOException {
        if (field.map()) {
            return DynamicMessage.parseFrom(field.descriptor().getMessageType(), in.readBytes());
        }
        return field.type() == FieldDescriptor.Type.MESSAGE ? Marker.NESTED : scalar(field, in);
    }

    private static List<Object> packed(Field field, CodedInputStream in) throws IOException {
        List<Object> values = new ArrayList<>();
        int limit = in.pushLimit(in.readRawVarint32());
        while (in.getBytesUntilLimit() > 0) {
            Object value = scalar(field, in);
            if (value != Marker.UNKNOWN) {
                values.add(value);
            }
        }
        in.popLimit(limit);
        return values;
    }

    private static void write(Field field, Object value, CodedInputStream in, JsonOut out) throws IOException {
        if (field.map()) {
            DynamicMessage entry = (DynamicMessage) value;
            FieldDescriptor key = field.descriptor().getMessageType().findFieldByNumber(1);
            FieldDescriptor mapped = field.descriptor().getMessageType().findFieldByNumber(2);
            out.name(JsonPrinter.mapKey(key, entry.getField(key)));
            JsonPrinter.writeValue(mapped, entry.getField(mapped), out);
        } else if (value == Marker.NESTED) {
            int limit = in.pushLimit(in.readRawVarint32());
            message(in, field.descriptor().getMessageType(), out);
            in.popLimit(limit);
        } else {
            JsonPrinter.writeScalar(field.type(), value, out);
        }
    }

    private static Object scalar(Field field, CodedInputStream in) throws IOException {
        return switch (field.type()) {
            case DOUBLE -> in.readDouble();
            case FLOAT -> in.readFloat();
            case INT64 -> in.readInt64();
            case UINT64 -> in.readUInt64();
            case INT32 -> in.readInt32();
            case FIXED64 -> in.readFixed64();
            case FIXED32 -> in.readFixed32();
            case BOOL -> in.readBool();
            case STRING -> in.readString();
            case BYTES -> in.readBytes();
            case UINT32 -> in.readUInt32();
            case SFIXED32 -> in.readSFixed32();
            case SFIXED64 -> in.readSFixed64();
            case SINT32 -> in.readSInt32();
            case SINT64 -> in.readSInt64();
            case ENUM -> enumValue(field.descriptor(), in.readEnum());
            default -> throw new IllegalStateException("Not a scalar field: " + field.descriptor().getFullName());
        };
    }

    private static Object enumValue(FieldDescriptor field, int number) {
        EnumValueDescriptor value = field.getEnumType().findValueByNumber(number);
        if (value != null) {
            return value;
        }
        // An open enum keeps a number this build does not know; a closed one drops it to the unknown fields.
        return field.getEnumType().isClosed() ? Marker.UNKNOWN
                : field.getEnumType().findValueByNumberCreatingIfUnknown(number);
    }
}
