package io.osmos.master.support;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Bad input, made deterministically from a seed: mutated JSON text and protobuf bytes, and messages
 * whose fields are filled with arbitrary (but well-typed) values.
 */
public final class Fuzz {
    private static final String JSON_NOISE = "{}[]\":,0123456789-.eEtrufalsn\\ \u00e9\u0000";
    private static final List<String> WORDS = List.of("", "*", "a/b", "..", "-x", "web", "\u0001", "x".repeat(300),
            "1e309", "NaN", "task-1");

    private final Random random;

    public Fuzz(long seed) {
        random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** Mutates JSON text a few times: characters dropped, inserted, swapped, the text cut short. */
    public String mutate(String json) {
        StringBuilder text = new StringBuilder(json);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, JSON_NOISE.charAt(random.nextInt(JSON_NOISE.length())));
                case 2 -> text.setCharAt(at, JSON_NOISE.charAt(random.nextInt(JSON_NOISE.length())));
                case 3 -> text.setLength(at);
                default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(20))));
            }
        }
        return text.toString();
    }

    /** Mutates protobuf bytes: flipped, dropped and inserted bytes, or a cut. */
    public byte[] mutate(byte[] bytes) {
        byte[] out = bytes.clone();
        if (out.length == 0) {
            return bytes(1 + random.nextInt(16));
        }
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(3)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = java.util.Arrays.copyOf(out, Math.max(1, at));
                default -> out[at] ^= (byte) (1 << random.nextInt(8));
            }
        }
        return out;
    }

    public byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Text that looks a little like JSON. */
    public String noise(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(JSON_NOISE.charAt(random.nextInt(JSON_NOISE.length())));
        }
        return text.toString();
    }

    /** The message with a few of its fields, at any depth, set to arbitrary values of their type. */
    @SuppressWarnings("unchecked")
    public <T extends Message> T scramble(T message) {
        Message.Builder builder = message.toBuilder();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            scramble(builder, 0);
        }
        return (T) builder.buildPartial();
    }

    private void scramble(Message.Builder builder, int depth) {
        List<FieldDescriptor> fields = builder.getDescriptorForType().getFields();
        if (fields.isEmpty()) {
            return;
        }
        FieldDescriptor field = fields.get(random.nextInt(fields.size()));
        if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            if (depth < 4 && !field.isMapField()) {
                Message.Builder child = field.isRepeated() ? builder.newBuilderForField(field)
                        : builder.getFieldBuilder(field);
                scramble(child, depth + 1);
                if (field.isRepeated()) {
                    builder.addRepeatedField(field, child.buildPartial());
                }
            }
            return;
        }
        Object value = value(field);
        if (field.isRepeated()) {
            builder.addRepeatedField(field, value);
        } else {
            builder.setField(field, value);
        }
    }

    private Object value(FieldDescriptor field) {
        return switch (field.getJavaType()) {
            case INT -> random.nextBoolean() ? random.nextInt() : random.nextInt(3) - 1;
            case LONG -> random.nextBoolean() ? random.nextLong() : (long) random.nextInt(3) - 1;
            case FLOAT -> (float) special();
            case DOUBLE -> special();
            case BOOLEAN -> random.nextBoolean();
            case STRING -> WORDS.get(random.nextInt(WORDS.size()));
            case BYTE_STRING -> ByteString.copyFrom(bytes(random.nextInt(20)));
            case ENUM -> {
                List<EnumValueDescriptor> values = field.getEnumType().getValues();
                yield values.get(random.nextInt(values.size()));
            }
            default -> throw new IllegalStateException("no value for " + field);
        };
    }

    private double special() {
        double[] specials = {0, -1, 1e300, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 0.5, 1e-4};
        return random.nextBoolean() ? specials[random.nextInt(specials.length)] : random.nextDouble() * 1000;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
