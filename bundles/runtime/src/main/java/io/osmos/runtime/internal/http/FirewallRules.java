package io.osmos.runtime.internal.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.Set;

/**
 * Mesos {@code --firewall_rules}: {"disabled_endpoints":{"paths":["/files/browse"]}} makes those
 * paths answer 403 whatever serves them.
 */
public final class FirewallRules {
    public static final FirewallRules NONE = new FirewallRules(Set.of());

    private final Set<String> disabledPaths;

    private FirewallRules(Set<String> disabledPaths) {
        this.disabledPaths = Set.copyOf(disabledPaths);
    }

    /**
     * @param json the rules; null or blank means none
     * @throws IllegalArgumentException naming what is wrong with the rules
     */
    public static FirewallRules parse(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw invalid("not valid JSON (" + e.getMessage() + ")");
        }
        if (!root.isJsonObject()) {
            throw invalid("expected a JSON object");
        }
        JsonElement disabled = root.getAsJsonObject().get("disabled_endpoints");
        if (disabled == null || disabled.isJsonNull()) {
            return NONE;
        }
        if (!disabled.isJsonObject()) {
            throw invalid("'disabled_endpoints' must be an object with a 'paths' array");
        }
        return new FirewallRules(paths(disabled.getAsJsonObject()));
    }

    /** The 403 message for a disabled path, or null when the path is allowed. */
    public String refusal(String path) {
        return disabledPaths.contains(path) ? "Endpoint '" + path + "' is disabled" : null;
    }

    public Set<String> disabledPaths() {
        return disabledPaths;
    }

    private static Set<String> paths(JsonObject disabled) {
        JsonElement paths = disabled.get("paths");
        if (paths == null || paths.isJsonNull()) {
            return Set.of();
        }
        if (!paths.isJsonArray()) {
            throw invalid("'disabled_endpoints.paths' must be an array of strings");
        }
        Set<String> result = new HashSet<>();
        for (JsonElement path : (JsonArray) paths) {
            if (!path.isJsonPrimitive() || !path.getAsJsonPrimitive().isString()) {
                throw invalid("'disabled_endpoints.paths' must be an array of strings, found " + path);
            }
            String value = path.getAsString();
            if (!value.startsWith("/")) {
                throw invalid("disabled endpoint '" + value + "' is not an absolute path");
            }
            result.add(value);
        }
        return result;
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException("Invalid firewall_rules: " + reason);
    }
}
