package io.osmos.itest.support;

import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

/**
 * Feature-file configuration values to ConfigAdmin types, as the OSGi Configurator JSON format
 * defines them: a key may carry a type hint ({@code "port:Integer": 5050}); without one an
 * integral number is a Long, a fraction a Double, an array of strings a String[].
 */
public final class ConfigValues {
    private ConfigValues() {
    }

    public static Dictionary<String, Object> toDictionary(String pid, Map<String, Object> json) {
        Hashtable<String, Object> properties = new Hashtable<>();
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            String key = entry.getKey();
            String hint = "";
            int colon = key.indexOf(':');
            if (colon > 0) {
                hint = key.substring(colon + 1);
                key = key.substring(0, colon);
            }
            if (entry.getValue() == null) {
                continue; // ConfigAdmin has no null: an absent key keeps the component's default
            }
            properties.put(key, convert(pid, key, hint, entry.getValue()));
        }
        return properties;
    }

    private static Object convert(String pid, String key, String hint, Object value) {
        if (hint.endsWith("[]") || (hint.isEmpty() && value instanceof List)) {
            List<?> items = value instanceof List ? (List<?>) value : List.of(value);
            String element = hint.isEmpty() ? elementHint(items) : hint.substring(0, hint.length() - 2);
            Object[] values = items.stream().map(v -> scalar(pid, key, element, v)).toArray();
            return switch (element) {
                case "Long", "long" -> Arrays.copyOf(values, values.length, Long[].class);
                case "Integer", "int" -> Arrays.copyOf(values, values.length, Integer[].class);
                case "Boolean", "boolean" -> Arrays.copyOf(values, values.length, Boolean[].class);
                case "Double", "double" -> Arrays.copyOf(values, values.length, Double[].class);
                case "Float", "float" -> Arrays.copyOf(values, values.length, Float[].class);
                default -> Arrays.copyOf(values, values.length, String[].class);
            };
        }
        return scalar(pid, key, hint, value);
    }

    private static String elementHint(List<?> items) {
        if (!items.isEmpty() && items.stream().allMatch(v -> v instanceof Long)) {
            return "Long";
        }
        if (!items.isEmpty() && items.stream().allMatch(v -> v instanceof Boolean)) {
            return "Boolean";
        }
        return "String";
    }

    private static Object scalar(String pid, String key, String hint, Object value) {
        String text = String.valueOf(value);
        try {
            return switch (hint) {
                case "" -> value instanceof Map || value instanceof List ? text : value;
                case "String" -> text;
                case "Integer", "int" -> Integer.valueOf(text);
                case "Long", "long" -> Long.valueOf(text);
                case "Double", "double" -> Double.valueOf(text);
                case "Float", "float" -> Float.valueOf(text);
                case "Boolean", "boolean" -> Boolean.valueOf(text);
                default -> throw new IllegalArgumentException("unknown type hint '" + hint + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration " + pid + ": property '" + key + "' value "
                    + value + " does not fit type " + hint + ": " + e.getMessage(), e);
        }
    }
}
