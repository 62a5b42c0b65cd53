package io.osmos.runtime.internal.codec;

import com.google.gson.stream.JsonWriter;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.WireFormat;
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
 * ({@link #fits}).
 */
final class WireJson {
    private WireJson() {
    }

    /** Prints the message of this type encoded in {@code in}, up to the end of its input or limit. */
    static void message(CodedInputStream in, Descriptor type, JsonWriter out) throws IOException {
        if (JsonPrinter.isWellKnown(type)) {
            JsonPrinter.writeMessage(DynamicMessage.parseFrom(type, in), out);
            return;
        }
        out.beginObject();
        FieldDescriptor open = null; // the repeated field whose elements are being written
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            FieldDescriptor field = type.findFieldByNumber(WireFormat.getTagFieldNumber(tag));
            int wireType = WireFormat.getTagWireType(tag);
            boolean packed = field != null && field.isPackable() && wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED;
            if (field == null || !packed && wireType != field.getLiteType().getWireType()) {
                in.skipField(tag);
                continue;
            }
            List<Object> values = packed ? packed(field, in) : List.of(single(field, in));
            if (values.isEmpty() || values.get(0) == Marker.UNKNOWN) {
                continue;
            }
            if (open != field || !field.isRepeated()) {
                if (open != null) {
                    end(open, out);
                }
                open = begin(field, out);
            }
            for (Object value : values) {
                write(field, value, in, out);
            }
        }
        if (open != null) {
            end(open, out);
        }
        out.endObject();
    }

    /** Whether messages of this type, and all the types inside them, can be printed from their bytes. */
    static boolean fits(Descriptor type) {
        return fits(type, new ArrayList<>());
    }

    private static boolean fits(Descriptor type, List<Descriptor> seen) {
        if (seen.contains(type)) {
            return true;
        }
        seen.add(type);
        if (!type.getExtensions().isEmpty() || type.isExtendable()) {
            return false;
        }
        for (FieldDescriptor field : type.getFields()) {
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !fits(field.getMessageType(), seen)) {
                return false;
            }
        }
        return true;
    }

    private enum Marker {
        /** A value parsing would keep as an unknown field: a closed enum's number this build does not know. */
        UNKNOWN,
        /** A message, left in the input to be printed straight from it. */
        NESTED
    }

    private static FieldDescriptor begin(FieldDescriptor field, JsonWriter out) throws IOException {
        out.name(field.getName());
        if (!field.isRepeated()) {
            return field;
        }
        if (field.isMapField()) {
            out.beginObject();
        } else {
            out.beginArray();
        }
        return field;
    }

    private static void end(FieldDescriptor field, JsonWriter out) throws IOException {
        if (field.isMapField()) {
            out.endObject();
        } else if (field.isRepeated()) {
            out.endArray();
        } // a single value needs no end
    }

    /**
     * Reads one value, except that messages are left in the input to be printed straight from it,
     * and map entries are parsed whole, maps being rare and small.
     */
    private static Object single(FieldDescriptor field, CodedInputStream in) throws IOException {
        if (field.isMapField()) {
            return DynamicMessage.parseFrom(field.getMessageType(), in.readBytes());
        }
        return field.getType() == FieldDescriptor.Type.MESSAGE ? Marker.NESTED : scalar(field, in);
    }

    private static List<Object> packed(FieldDescriptor field, CodedInputStream in) throws IOException {
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

    private static void write(FieldDescriptor field, Object value, CodedInputStream in, JsonWriter out)
            throws IOException {
        if (field.isMapField()) {
            DynamicMessage entry = (DynamicMessage) value;
            FieldDescriptor key = field.getMessageType().findFieldByNumber(1);
            FieldDescriptor mapped = field.getMessageType().findFieldByNumber(2);
            out.name(JsonPrinter.mapKey(key, entry.getField(key)));
            JsonPrinter.writeValue(mapped, entry.getField(mapped), out);
        } else if (value == Marker.NESTED) {
            int limit = in.pushLimit(in.readRawVarint32());
            message(in, field.getMessageType(), out);
            in.popLimit(limit);
        } else {
            JsonPrinter.writeValue(field, value, out);
        }
    }

    private static Object scalar(FieldDescriptor field, CodedInputStream in) throws IOException {
        return switch (field.getType()) {
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
            case ENUM -> enumValue(field, in.readEnum());
            default -> throw new IllegalStateException("Not a scalar field: " + field.getFullName());
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
