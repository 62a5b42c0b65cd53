package io.osmos.agent.config;

import io.osmos.api.resources.Ranges;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code --attributes} flag as Mesos reads it: {@code name:value} pairs separated by
 * {@code ;}. A value in brackets is a range list, a number is a scalar, anything else is text.
 */
public final class AttributesParser {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private AttributesParser() {
    }

    /** @throws IllegalArgumentException naming the bad attribute and why */
    public static List<Attribute> parse(String text) {
        List<Attribute> attributes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return attributes;
        }
        for (String token : text.split(";")) {
            if (token.isBlank()) {
                continue;
            }
            int colon = token.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Invalid attribute '" + token.trim()
                        + "': expected name:value, e.g. rack:r1");
            }
            String name = token.substring(0, colon).trim();
            String value = token.substring(colon + 1).trim();
            if (name.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException("Invalid attribute '" + token.trim()
                        + "': name and value must not be empty");
            }
            attributes.add(attribute(name, value));
        }
        return attributes;
    }

    private static Attribute attribute(String name, String value) {
        Attribute.Builder attribute = Attribute.newBuilder().setName(name);
        if (value.startsWith("[")) {
            try {
                return attribute.setType(Value.Type.RANGES).setRanges(Ranges.parse(value).toProto()).build();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid attribute '" + name + "': " + e.getMessage(), e);
            }
        }
        if (value.startsWith("{")) {
            throw new IllegalArgumentException("Invalid attribute '" + name + "': sets are not allowed as "
                    + "attribute values, only text, scalars and ranges");
        }
        if (NUMBER.matcher(value).matches()) {
            return attribute.setType(Value.Type.SCALAR)
                    .setScalar(Value.Scalar.newBuilder().setValue(Double.parseDouble(value))).build();
        }
        return attribute.setType(Value.Type.TEXT).setText(Value.Text.newBuilder().setValue(value)).build();
    }
}
