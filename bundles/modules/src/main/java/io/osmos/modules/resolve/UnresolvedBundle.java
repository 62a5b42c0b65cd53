package io.osmos.modules.resolve;

/**
 * A bundle that is installed but cannot resolve, and why, in one line.
 *
 * @param lastModified when it was installed or updated; a new one is diagnosed (and logged) again
 */
public record UnresolvedBundle(long bundleId, String symbolicName, String version, String location,
        long lastModified, String reason) {

    /** The log line: which bundle, where from, and the reason. */
    public String logLine() {
        return "Bundle " + symbolicName + " " + version + " [" + bundleId + "] from " + location
                + " cannot resolve: " + reason;
    }
}
