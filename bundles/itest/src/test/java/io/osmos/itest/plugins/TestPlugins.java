package io.osmos.itest.plugins;

/**
 * Names of the plugins the tests build from the packages below this one. Constants only, so a test
 * never loads a plugin's class into the test's own class space.
 */
final class TestPlugins {
    /** One bundle, two versions: v1 and v2 of {@code VersionedHook} label tasks with their version. */
    static final String VERSIONED = "io.osmos.itest.plugins.versioned";
    static final String VERSIONED_NAME = "itest_versioned";
    static final String VERSION_LABEL = "osmos.itest/plugin_version";
    static final String V1_PACKAGE = "io.osmos.itest.plugins.hook.v1";
    static final String V2_PACKAGE = "io.osmos.itest.plugins.hook.v2";

    /** A hook whose Import-Package asks for the next major version of the hook API. */
    static final String INCOMPATIBLE = "io.osmos.itest.plugins.incompatible";
    static final String INCOMPATIBLE_IMPORT = "io.osmos.api.hook;version=\"[2.0,3)\"";

    private TestPlugins() {
    }
}
