package io.osmos.itest.support;

/**
 * A bundle's Maven coordinates as OSGi feature files write them:
 * {@code groupId:artifactId[:type[:classifier]]:version}.
 */
public record MavenId(String groupId, String artifactId, String type, String classifier, String version) {

    public static MavenId parse(String id) {
        String[] parts = id.split(":");
        switch (parts.length) {
            case 3: return new MavenId(parts[0], parts[1], "jar", "", parts[2]);
            case 4: return new MavenId(parts[0], parts[1], parts[2], "", parts[3]);
            case 5: return new MavenId(parts[0], parts[1], parts[2], parts[3], parts[4]);
            default:
                throw new IllegalArgumentException("bundle id '" + id
                        + "' is not groupId:artifactId[:type[:classifier]]:version");
        }
    }

    /** The name maven-dependency-plugin:copy-dependencies gives the artifact's file. */
    public String fileName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + type;
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
