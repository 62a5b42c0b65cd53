package io.osmos.launcher.feature;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a feature file (OSGi Feature JSON). Comments are allowed, as the Feature Service spec allows
 * them; {@code variables}, {@code extensions} and descriptive keys are not used for booting and are ignored.
 */
public final class FeatureReader {

    public Feature read(Path file) throws FeatureException {
        JsonObject root;
        try (Reader in = Files.newBufferedReader(file)) {
            JsonReader reader = new JsonReader(in);
            reader.setStrictness(Strictness.LENIENT);
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw problem(file, "not a JSON object");
            }
            root = element.getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file");
        } catch (IOException e) {
            throw problem(file, "cannot read: " + e.getMessage());
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw problem(file, "not valid JSON (" + String.valueOf(cause.getMessage()).lines().findFirst().orElse("")
                    + ")");
        }
        return parse(file, root);
    }

    private static Feature parse(Path file, JsonObject root) throws FeatureException {
        JsonElement version = root.get("feature-resource-version");
        if (version != null && !(version.isJsonPrimitive() && version.getAsString().startsWith("1."))) {
            throw problem(file, "feature-resource-version " + version + " is not supported (expected 1.x)");
        }
        String id = string(file, root, "id");
        try {
            BundleRef.parse(id);
        } catch (IllegalArgumentException e) {
            throw problem(file, "feature id '" + id + "' is not groupId:artifactId[:type[:classifier]]:version");
        }
        return new Feature(id, file, bundles(file, root), configurations(file, root));
    }

    private static List<BundleRef> bundles(Path file, JsonObject root) throws FeatureException {
        JsonElement bundles = root.get("bundles");
        if (bundles == null || !bundles.isJsonArray()) {
            throw problem(file, "\"bundles\" must be an array");
        }
        List<BundleRef> refs = new ArrayList<>();
        int index = 0;
        for (JsonElement entry : bundles.getAsJsonArray()) {
            String id = entry.isJsonObject() && entry.getAsJsonObject().has("id")
                    ? entry.getAsJsonObject().get("id").getAsString()
                    : entry.isJsonPrimitive() ? entry.getAsString() : null;
            if (id == null) {
                throw problem(file, "bundles[" + index + "] has no \"id\"");
            }
            try {
                refs.add(BundleRef.parse(id));
            } catch (IllegalArgumentException e) {
                throw problem(file, e.getMessage());
            }
            index++;
        }
        return refs;
    }

    private static Map<String, Map<String, Object>> configurations(Path file, JsonObject root)
            throws FeatureException {
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        JsonElement configurations = root.get("configurations");
        if (configurations == null) {
            return byPid;
        }
        if (!configurations.isJsonObject()) {
            throw problem(file, "\"configurations\" must be an object");
        }
        for (Map.Entry<String, JsonElement> pid : configurations.getAsJsonObject().entrySet()) {
            if (!pid.getValue().isJsonObject()) {
                throw problem(file, "configuration " + pid.getKey() + " must be an object");
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> property : pid.getValue().getAsJsonObject().entrySet()) {
                try {
                    ConfigValues.put(properties, property.getKey(), property.getValue());
                } catch (IllegalArgumentException e) {
                    throw problem(file, "configuration " + pid.getKey() + ": " + e.getMessage());
                }
            }
            byPid.put(pid.getKey(), properties);
        }
        return byPid;
    }

    private static String string(Path file, JsonObject root, String key) throws FeatureException {
        JsonElement value = root.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            throw problem(file, "\"" + key + "\" is missing");
        }
        return value.getAsString();
    }

    private static FeatureException problem(Path file, String reason) {
        return new FeatureException("feature " + file + ": " + reason);
    }
}
