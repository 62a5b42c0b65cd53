package io.osmos.launcher;

import io.osmos.launcher.flag.Flags;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;

/**
 * The Felix launch properties for one run. A system property of the same name wins, so an operator
 * can tune any of them with {@code -D} (e.g. {@code -Dfelix.fileinstall.poll=2000}).
 */
final class FrameworkProperties {
    static final String CACHE_DIR = "felix-cache";

    private FrameworkProperties() {
    }

    /** {@code interactiveConsole}: whether stdin and stdout are a terminal (System.console() != null). */
    static Map<String, Object> of(Flags flags, boolean interactiveConsole) {
        String level = (String) flags.value("logging_level");
        Map<String, Object> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, flags.path("work_dir").resolve(CACHE_DIR).toString());
        // Every start begins from the feature: no bundle or configuration left over from the last run.
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.extra());
        p.put("felix.log.level", Logging.felixLevel(level));
        p.put("felix.log.logger", new FelixLogBridge());
        p.put("felix.fileinstall.dir", flags.path("deploy_dir").toString());
        p.put("felix.fileinstall.poll", "200");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.log.level", Logging.felixLevel(level));
        p.put("ds.loglevel", Logging.scrLevel(level));
        if (!interactiveConsole || !flags.bool("shell")) {
            // Without this the shell reads stdin and stops the framework when stdin ends.
            p.put("gosh.args", "--nointeractive");
        }
        p.replaceAll((key, value) -> System.getProperty(key) != null ? System.getProperty(key) : value);
        return p;
    }
}
