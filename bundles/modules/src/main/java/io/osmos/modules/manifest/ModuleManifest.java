package io.osmos.modules.manifest;

import java.util.List;
import java.util.Map;

/**
 * A Mesos module manifest ({@code --modules}): libraries, each holding modules with key/value
 * parameters. Here a library is a bundle: {@code file} is the path of a bundle jar, {@code name} the
 * symbolic name of a bundle that is installed already or lies in the deploy folder.
 *
 * @param source where it came from: a file path, or {@code --modules} for inline JSON
 */
public record ModuleManifest(String source, List<Library> libraries) {

    /** One library; exactly one of {@code file} and {@code name} is set. */
    public record Library(int number, String file, String name, List<Module> modules) {
        /** How errors name it: its file, or its name, as the manifest wrote it. */
        public String label() {
            return file != null ? file : name;
        }
    }

    /** One module and the parameters that become its configuration. */
    public record Module(String name, Map<String, String> parameters) {
    }
}
