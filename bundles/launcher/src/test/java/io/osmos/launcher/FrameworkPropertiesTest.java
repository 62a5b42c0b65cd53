package io.osmos.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.launcher.flag.Command;
import io.osmos.launcher.flag.FlagException;
import io.osmos.launcher.flag.FlagParser;
import io.osmos.launcher.flag.Flags;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameworkPropertiesTest {
    private static Flags flags(String... args) throws FlagException {
        Command command = new FlagParser(Map.of(), Optional.of(Path.of("/opt/osmos")), Path.of("/tmp")).parse(args);
        return ((Command.Run) command).flags();
    }

    @Test
    void cacheUnderTheWorkDirAndDeployFolderWatchedQuickly() throws FlagException {
        Map<String, Object> p = FrameworkProperties.of(flags("master", "--work_dir=/srv/osmos"), false);
        assertEquals("/srv/osmos/felix-cache", p.get("org.osgi.framework.storage"));
        assertEquals("onFirstInit", p.get("org.osgi.framework.storage.clean"));
        assertEquals("/opt/osmos/deploy", p.get("felix.fileinstall.dir"));
        assertEquals("200", p.get("felix.fileinstall.poll"));
        assertEquals("true", p.get("felix.fileinstall.noInitialDelay"));
    }

    @Test
    void systemBundleExportsSlf4jAndConfigAdminAtTheirJarVersions() throws FlagException {
        String extra = (String) FrameworkProperties.of(flags("master"), false)
                .get("org.osgi.framework.system.packages.extra");
        assertTrue(extra.contains("org.slf4j;version=2.0."), extra);
        assertTrue(extra.contains("org.slf4j.spi;version=2.0."), extra);
        assertTrue(extra.contains("org.osgi.service.cm;version=1.6."), extra);
    }

    @Test
    void theShellReadsTheTerminalOnlyWhenThereIsOneAndItIsWanted() throws FlagException {
        assertEquals("--nointeractive", FrameworkProperties.of(flags("local"), false).get("gosh.args"));
        assertEquals("--nointeractive", FrameworkProperties.of(flags("local", "--no-shell"), true).get("gosh.args"));
        assertFalse(FrameworkProperties.of(flags("local"), true).containsKey("gosh.args"));
    }

    @Test
    void loggingLevelReachesFelixAndItsComponents() throws FlagException {
        Map<String, Object> p = FrameworkProperties.of(flags("local", "--logging_level=ERROR"), false);
        assertEquals("1", p.get("felix.log.level"));
        assertEquals("1", p.get("felix.fileinstall.log.level"));
        assertEquals("error", p.get("ds.loglevel"));
    }

    @Test
    void aSystemPropertyOfTheSameNameWins() throws FlagException {
        System.setProperty("felix.fileinstall.poll", "2000");
        try {
            assertEquals("2000", FrameworkProperties.of(flags("local"), false).get("felix.fileinstall.poll"));
        } finally {
            System.clearProperty("felix.fileinstall.poll");
        }
    }
}
