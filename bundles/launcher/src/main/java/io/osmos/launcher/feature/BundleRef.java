package io.osmos.launcher.feature;

import java.nio.file.Path;

/**
 * A bundle named the Feature Service way: {@code groupId:artifactId[:type[:classifier]]:version}.
 * Type defaults to {@code jar}.
 */
public record BundleRef(String groupId, String artifactId, String type, String classifier, String version) {

    public static BundleRef parse(String id) {
        String[] parts = id.split(":", -1);
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException(malformed(id));
            }
        }
        return switch (parts.length) {
            case 3 -> new BundleRef(parts[0], parts[1], "jar", "", parts[2]);
            case 4 -> new BundleRef(parts[0], parts[1], parts[2], "", parts[3]);
            case 5 -> new BundleRef(parts[0], parts[1], parts[2], parts[3], parts[4]);
            default -> throw new IllegalArgumentException(malformed(id));
        };
    }

    private static String malformed(String id) {
        return "bundle id '" + id + "' is not groupId:artifactId[:type[:classifier]]:version";
    }

    /** As the distribution's bundles/ folder and a Maven repository name it: {@code artifactId-version.jar}. */
    public String fileName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + type;
    }

    public Path inMavenRepository(Path repository) {
        Path dir = repository;
        for (String segment : groupId.split("\\.")) {
            dir = dir.resolve(segment);
        }
        return dir.resolve(artifactId).resolve(version).resolve(fileName());
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + (type.equals("jar") && classifier.isEmpty() ? ""
                : ":" + type + (classifier.isEmpty() ? "" : ":" + classifier)) + ":" + version;
    }
}
