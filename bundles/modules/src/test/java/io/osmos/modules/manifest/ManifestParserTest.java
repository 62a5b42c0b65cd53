package io.osmos.modules.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.modules.manifest.ModuleManifest.Library;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestParserTest {
    private static String fail(String json) {
        return assertThrows(ManifestException.class, () -> ManifestParser.parse("m.json", json)).getMessage();
    }

    @Test
    void readsTheMesosFormat() throws ManifestException {
        ModuleManifest manifest = ManifestParser.parse("m.json", """
                {"libraries": [
                  {"file": "/opt/hooks/label.jar", "modules": [
                    {"name": "org_example_LabelHook", "parameters": [{"key": "label", "value": "team=a"}]}]},
                  {"name": "io.osmos.hooks.tasklabel", "modules": [{"name": "org_example_Other"}]}
                ]}""");
        assertEquals(2, manifest.libraries().size());
        Library file = manifest.libraries().get(0);
        assertEquals("/opt/hooks/label.jar", file.file());
        assertNull(file.name());
        assertEquals("org_example_LabelHook", file.modules().get(0).name());
        assertEquals(Map.of("label", "team=a"), file.modules().get(0).parameters());
        Library named = manifest.libraries().get(1);
        assertEquals("io.osmos.hooks.tasklabel", named.label());
        assertEquals(Map.of(), named.modules().get(0).parameters());
    }

    @Test
    void aLibraryWithNeitherFileNorNameIsNamedByItsNumber() {
        assertEquals("manifest m.json: library #2 has neither 'file' (a bundle jar) nor 'name' (a bundle symbolic name)",
                fail("{\"libraries\":[{\"name\":\"a\"},{\"modules\":[]}]}"));
    }

    @Test
    void aModuleWithoutNameNamesItsLibrary() {
        assertEquals("manifest m.json: library 'x.jar' module #1 has no 'name'",
                fail("{\"libraries\":[{\"file\":\"x.jar\",\"modules\":[{\"parameters\":[]}]}]}"));
    }

    @Test
    void aParameterWithoutValueNamesLibraryModuleAndKey() {
        assertEquals("manifest m.json: library 'x.jar' module 'org_Hook' parameter 'k' has no 'value'",
                fail("{\"libraries\":[{\"file\":\"x.jar\",\"modules\":[{\"name\":\"org_Hook\","
                        + "\"parameters\":[{\"key\":\"k\"}]}]}]}"));
    }

    @Test
    void aMisspeltKeyIsAnErrorNotSilence() {
        assertEquals("manifest m.json: library 'x.jar' module 'org_Hook': unknown key 'paramters' (expected name,"
                + " parameters)", fail("{\"libraries\":[{\"file\":\"x.jar\",\"modules\":[{\"name\":\"org_Hook\","
                + "\"paramters\":[]}]}]}"));
    }

    @Test
    void brokenJsonSaysSo() {
        String message = fail("{\"libraries\": [");
        assertEquals(true, message.startsWith("manifest m.json is not valid JSON: "), message);
    }

    @Test
    void librariesMustBeAnArray() {
        assertEquals("manifest m.json: 'libraries' must be a JSON array", fail("{\"libraries\":{}}"));
        assertEquals(List.of(), assertNoThrow("{\"libraries\":[]}").libraries());
    }

    private static ModuleManifest assertNoThrow(String json) {
        try {
            return ManifestParser.parse("m.json", json);
        } catch (ManifestException e) {
            throw new AssertionError(e);
        }
    }
}
