package io.osmos.runtime.internal.codec;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What {@link WireJson} asks of a type's fields, worked out once per type: protobuf's descriptors
 * answer some of it (whether a field is repeated, packable) anew on every call, which showed up when
 * printing a large cluster's state.
 */
final class WireFields {
    /** One field, as the printer sees it. */
    record Field(FieldDescriptor descriptor, String name, FieldDescriptor.Type type, boolean repeated,
            boolean map, boolean packable, int wireType) {
    }

    // Weak: the types may belong to a bundle that is uninstalled later.
    private static final Map<Descriptor, WireFields> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());
    private static final int MAX_DENSE = 256;

    private final Field[] dense; // by field number, when the numbers are small
    private final Map<Integer, Field> sparse;

    private WireFields(Descriptor type) {
        int max = 0;
        for (FieldDescriptor field : type.getFields()) {
            max = Math.max(max, field.getNumber());
        }
        dense = max <= MAX_DENSE ? new Field[max + 1] : null;
        sparse = dense == null ? new HashMap<>() : null;
        for (FieldDescriptor field : type.getFields()) {
            Field seen = new Field(field, field.getName(), field.getType(), field.isRepeated(), field.isMapField(),
                    field.isPackable(), field.getLiteType().getWireType());
            if (dense != null) {
                dense[field.getNumber()] = seen;
            } else {
                sparse.put(field.getNumber(), seen);
            }
        }
    }

    static WireFields of(Descriptor type) {
        WireFields fields = KNOWN.get(type);
        if (fields == null) {
            fields = new WireFields(type);
            KNOWN.put(type, fields);
        }
        return fields;
    }

    /** The field with this number, or null when the type has none. */
    Field get(int number) {
        if (dense != null) {
            return number < dense.length ? dense[number] : null;
        }
        return sparse.get(number);
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
}
