package io.osmos.modules.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.modules.manifest.ManifestSources.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestSourcesTest {
    private static final String JSON = "{\"libraries\":[]}";

    @TempDir
    Path dir;

    @Test
    void inlineJsonIsItsOwnSource() throws ManifestException {
        List<Source> sources = ManifestSources.modules("  " + JSON);
        assertEquals("--modules", sources.get(0).name());
        assertEquals(JSON, sources.get(0).text());
    }

    @Test
    void aPathAndAFileUrlReadTheFile() throws ManifestException, IOException {
        Path file = Files.writeString(dir.resolve("hooks.json"), JSON);
        assertEquals(JSON, ManifestSources.modules(file.toString()).get(0).text());
        Source viaUrl = ManifestSources.modules(file.toUri().toString()).get(0);
        assertEquals(file.toString(), viaUrl.name());
        assertEquals(dir, viaUrl.base(), "relative library files resolve next to the manifest");
    }

    @Test
    void aMissingFileNamesIt() {
        String message = assertThrows(ManifestException.class,
                () -> ManifestSources.modules(dir.resolve("nope.json").toString())).getMessage();
        assertTrue(message.startsWith("--modules: manifest " + dir.resolve("nope.json") + " cannot be read"), message);
    }

    @Test
    void theFolderGivesEveryJsonFileInNameOrder() throws ManifestException, IOException {
        Files.writeString(dir.resolve("b.json"), JSON);
        Files.writeString(dir.resolve("a.json"), JSON);
        Files.writeString(dir.resolve("notes.txt"), "not a manifest");
        List<String> names = ManifestSources.directory(dir.toString()).stream().map(Source::name).toList();
        assertEquals(List.of(dir.resolve("a.json").toString(), dir.resolve("b.json").toString()), names);
    }

    @Test
    void blankValuesMeanNoManifestAndAFileIsNoFolder() throws ManifestException, IOException {
        assertEquals(List.of(), ManifestSources.modules(""));
        assertEquals(List.of(), ManifestSources.directory(null));
        Path file = Files.writeString(dir.resolve("x.json"), JSON);
        assertEquals("--modules_dir " + file + " is not a folder",
                assertThrows(ManifestException.class, () -> ManifestSources.directory(file.toString())).getMessage());
    }
}
