package io.osmos.modules.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.osmos.modules.view.Selection;
import io.osmos.modules.view.SelectionException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /modules/select}: {@code {"kind":"allocator","name":"hierarchical"}}. For
 * kinds that take several modules {@code name} is a comma list or a JSON array, in call order.
 */
public record SelectRequest(String kind, List<String> names) {

    public static SelectRequest parse(String body) throws SelectionException {
        JsonElement root;
        try {
            root = JsonParser.parseString(body);
        } catch (JsonParseException e) {
            throw new SelectionException(400, "The body is not JSON: " + e.getMessage());
        }
        if (root == null || !root.isJsonObject()) {
            throw new SelectionException(400, "The body must be a JSON object such as"
                    + " {\"kind\":\"allocator\",\"name\":\"hierarchical\"}");
        }
        JsonObject object = root.getAsJsonObject();
        JsonElement kind = object.get("kind");
        if (kind != null && !(kind.isJsonPrimitive() && kind.getAsJsonPrimitive().isString())) {
            throw new SelectionException(400, "'kind' must be a string");
        }
        return new SelectRequest(kind == null ? null : kind.getAsString(), names(object.get("name")));
    }

    private static List<String> names(JsonElement name) throws SelectionException {
        if (name == null || name.isJsonNull()) {
            throw new SelectionException(400, "'name' is missing: give a module name (a comma list or an array"
                    + " for kinds that take several)");
        }
        if (name.isJsonPrimitive() && name.getAsJsonPrimitive().isString()) {
            return Selection.split(name.getAsString());
        }
        if (name.isJsonArray()) {
            List<String> names = new ArrayList<>();
            JsonArray array = name.getAsJsonArray();
            for (JsonElement element : array) {
                if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                    throw new SelectionException(400, "'name' must hold strings only, got " + element);
                }
                names.add(element.getAsString().trim());
            }
            return names;
        }
        throw new SelectionException(400, "'name' must be a string or an array of strings, got " + name);
    }
}
