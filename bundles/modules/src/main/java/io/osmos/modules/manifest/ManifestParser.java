package io.osmos.modules.manifest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import io.osmos.modules.manifest.ModuleManifest.Library;
import io.osmos.modules.manifest.ModuleManifest.Module;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Mesos module manifest format:
 * <pre>{"libraries":[{"file":"/path/hook.jar" | "name":"bsn",
 *   "modules":[{"name":"org_example_Hook","parameters":[{"key":"k","value":"v"}]}]}]}</pre>
 * Every error names the source, the library (by file or name, else by number) and the module.
 * Unknown keys are errors, so a misspelt {@code "paramters"} is not silently ignored.
 */
public final class ManifestParser {
    private ManifestParser() {
    }

    public static ModuleManifest parse(String source, String json) throws ManifestException {
        JsonObject root = object(read(source, json), "manifest " + source);
        keys(root, Set.of("libraries"), "manifest " + source);
        JsonArray libraries = array(root.get("libraries"), "manifest " + source + ": 'libraries'");
        List<Library> parsed = new ArrayList<>();
        for (int i = 0; i < libraries.size(); i++) {
            parsed.add(library(source, i + 1, libraries.get(i)));
        }
        return new ModuleManifest(source, List.copyOf(parsed));
    }

    private static JsonElement read(String source, String json) throws ManifestException {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            return JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalStateException e) {
            throw new ManifestException("manifest " + source + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Library library(String source, int number, JsonElement element) throws ManifestException {
        String where = "manifest " + source + ": library #" + number;
        JsonObject library = object(element, where);
        String file = string(library, "file", where);
        String name = string(library, "name", where);
        if (file != null || name != null) {
            where = "manifest " + source + ": library '" + (file != null ? file : name) + "'";
        }
        keys(library, Set.of("file", "name", "modules"), where);
        if (file == null && name == null) {
            throw new ManifestException(where + " has neither 'file' (a bundle jar) nor 'name' (a bundle symbolic name)");
        }
        if (file != null && name != null) {
            throw new ManifestException(where + " has both 'file' and 'name'; give one");
        }
        List<Module> modules = new ArrayList<>();
        if (library.has("modules")) {
            JsonArray array = array(library.get("modules"), where + ": 'modules'");
            for (int i = 0; i < array.size(); i++) {
                modules.add(module(where, i + 1, array.get(i)));
            }
        }
        return new Library(number, file, name, List.copyOf(modules));
    }

    private static Module module(String library, int number, JsonElement element) throws ManifestException {
        JsonObject module = object(element, library + " module #" + number);
        String name = string(module, "name", library + " module #" + number);
        if (name == null || name.isBlank()) {
            throw new ManifestException(library + " module #" + number + " has no 'name'");
        }
        String where = library + " module '" + name + "'";
        keys(module, Set.of("name", "parameters"), where);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (module.has("parameters")) {
            JsonArray array = array(module.get("parameters"), where + ": 'parameters'");
            for (int i = 0; i < array.size(); i++) {
                String at = where + " parameter #" + (i + 1);
                JsonObject parameter = object(array.get(i), at);
                keys(parameter, Set.of("key", "value"), at);
                String key = string(parameter, "key", at);
                if (key == null || key.isBlank()) {
                    throw new ManifestException(at + " has no 'key'");
                }
                String value = string(parameter, "value", where + " parameter '" + key + "'");
                if (value == null) {
                    throw new ManifestException(where + " parameter '" + key + "' has no 'value'");
                }
                if (parameters.put(key, value) != null) {
                    throw new ManifestException(where + " sets parameter '" + key + "' twice");
                }
            }
        }
        return new Module(name, Map.copyOf(parameters));
    }

    private static JsonObject object(JsonElement element, String where) throws ManifestException {
        if (element == null || !element.isJsonObject()) {
            throw new ManifestException(where + " must be a JSON object");
        }
        return element.getAsJsonObject();
    }

    private static JsonArray array(JsonElement element, String where) throws ManifestException {
        if (element == null || !element.isJsonArray()) {
            throw new ManifestException(where + " must be a JSON array");
        }
        return element.getAsJsonArray();
    }

    private static String string(JsonObject object, String key, String where) throws ManifestException {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ManifestException(where + ": '" + key + "' must be a string");
        }
        return value.getAsString();
    }

    private static void keys(JsonObject object, Set<String> known, String where) throws ManifestException {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                throw new ManifestException(where + ": unknown key '" + key + "' (expected " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        }
    }
}
