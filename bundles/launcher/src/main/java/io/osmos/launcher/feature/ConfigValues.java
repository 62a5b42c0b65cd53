package io.osmos.launcher.feature;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.Array;
import java.util.Map;

/**
 * JSON to ConfigAdmin values, as the Feature Service spec maps them: strings, booleans, integral
 * numbers as Long and others as Double, arrays of one kind as arrays, objects as their JSON text. A
 * key may carry a type hint ({@code "port:Integer"}, {@code "hosts:String[]"}) to pick another type.
 */
final class ConfigValues {
    private static final Map<String, Class<?>> TYPES = Map.of("String", String.class, "Boolean", Boolean.class,
            "Integer", Integer.class, "Long", Long.class, "Short", Short.class, "Byte", Byte.class,
            "Double", Double.class, "Float", Float.class, "Character", Character.class);

    private ConfigValues() {
    }

    static void put(Map<String, Object> properties, String key, JsonElement json) {
        int colon = key.lastIndexOf(':');
        if (colon < 0) {
            properties.put(key, untyped(key, json));
            return;
        }
        String name = key.substring(0, colon);
        String hint = key.substring(colon + 1);
        if (hint.endsWith("[]")) {
            properties.put(name, array(key, hint.substring(0, hint.length() - 2), json));
        } else {
            properties.put(name, scalar(key, hint, json));
        }
    }

    private static Object untyped(String key, JsonElement json) {
        if (json.isJsonObject()) {
            return json.toString();
        }
        if (json.isJsonArray()) {
            JsonArray items = json.getAsJsonArray();
            String kind = items.isEmpty() ? "String" : kind(key, items.get(0));
            for (JsonElement item : items) {
                if (!kind(key, item).equals(kind)) {
                    throw new IllegalArgumentException(key + " mixes value types in one array");
                }
            }
            return array(key, kind, json);
        }
        if (json.isJsonNull()) {
            throw new IllegalArgumentException(key + " is null");
        }
        return scalar(key, kind(key, json), json);
    }

    private static String kind(String key, JsonElement json) {
        if (!json.isJsonPrimitive()) {
            throw new IllegalArgumentException(key + " holds a nested value; give it as a string");
        }
        JsonPrimitive p = json.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return "Boolean";
        }
        if (p.isNumber()) {
            return p.getAsString().matches("-?\\d+") ? "Long" : "Double";
        }
        return "String";
    }

    private static Object array(String key, String type, JsonElement json) {
        if (!json.isJsonArray()) {
            throw new IllegalArgumentException(key + " must be an array");
        }
        JsonArray items = json.getAsJsonArray();
        Class<?> element = TYPES.get(type);
        if (element == null) {
            throw new IllegalArgumentException(key + ": unknown type " + type);
        }
        Object array = Array.newInstance(element, items.size());
        for (int i = 0; i < items.size(); i++) {
            Array.set(array, i, scalar(key, type, items.get(i)));
        }
        return array;
    }

    private static Object scalar(String key, String type, JsonElement json) {
        if (!json.isJsonPrimitive()) {
            throw new IllegalArgumentException(key + " must be a single value");
        }
        String text = json.getAsString();
        try {
            return switch (type) {
                case "String" -> text;
                case "Boolean" -> bool(text);
                case "Integer" -> Integer.valueOf(text);
                case "Long" -> Long.valueOf(text);
                case "Short" -> Short.valueOf(text);
                case "Byte" -> Byte.valueOf(text);
                case "Double" -> Double.valueOf(text);
                case "Float" -> Float.valueOf(text);
                case "Character" -> text.charAt(0);
                default -> throw new IllegalArgumentException(key + ": unknown type " + type);
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(key + ": '" + text + "' is not of type " + type);
        }
    }

    private static Boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new NumberFormatException(text);
        }
        return Boolean.valueOf(text);
    }
}
