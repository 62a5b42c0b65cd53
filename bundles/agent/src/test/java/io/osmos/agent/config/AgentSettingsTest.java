package io.osmos.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.agent.testing.TestConfig;
import io.osmos.api.resources.Ranges;
import io.osmos.api.resources.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsFollowMesos() {
        AgentSettings settings = AgentSettings.from(config().build(), 5051);
        assertEquals(new MasterAddress("10.0.0.1", 5050), settings.master());
        assertEquals(5051, settings.port(), "the HTTP server's port is advertised");
        assertEquals("", settings.httpPrefix());
        assertEquals(Duration.ofSeconds(1), settings.registrationBackoffFactor());
        assertEquals(Duration.ofSeconds(5), settings.executorShutdownGracePeriod());
        assertEquals(Duration.ofSeconds(3), settings.taskKillGracePeriod());
        assertEquals(Duration.ofSeconds(10), settings.statusUpdateRetryMin());
        assertEquals(Duration.ofMinutes(10), settings.statusUpdateRetryMax());
        assertTrue(settings.resources().cpus() >= 1);
        assertEquals(Ranges.of(31000, 32000), settings.resources().ports());
        assertTrue(!settings.hostname().isBlank());
    }

    @Test
    void recoveryAndContainerizerDefaultsFollowMesos() {
        AgentSettings settings = AgentSettings.from(config().build(), 5051);
        assertEquals(new RecoverySettings(RecoverySettings.Mode.RECONNECT, true, Duration.ofMinutes(15)),
                settings.recovery());
        assertEquals(List.of("mesos"), settings.containerizer().containerizers());
        assertEquals(List.of("posix/cpu", "posix/mem"), settings.containerizer().isolation());
        assertEquals(Duration.ofMinutes(1), settings.containerizer().executorRegistrationTimeout());
        assertEquals("127.0.0.1:5051", settings.containerizer().executorEndpoint(), "executors are local");
        assertTrue(settings.containerizer().switchUser(), "Mesos switches users by default");
        assertEquals("docker", settings.containerizer().docker());
    }

    @Test
    void containerizersKeepTheirOrderAndSwitchUserAndDockerAreRead() {
        ContainerizerSettings settings = AgentSettings.from(config().set("containerizers", "docker,mesos")
                .set("switch_user", false).set("docker", " /opt/bin/docker ").build(), 5051).containerizer();
        assertEquals(List.of("docker", "mesos"), settings.containerizers());
        assertFalse(settings.switchUser());
        assertEquals("/opt/bin/docker", settings.docker());
    }

    @Test
    void recoveryAndContainerizerFlagsAreRead() {
        AgentSettings settings = AgentSettings.from(config().set("recover", "cleanup").set("strict", false)
                .set("recovery_timeout", "30secs").set("containerizers", "mesos, mesos")
                .set("isolation", "posix/mem, ,test/x").build(), 5051);
        assertEquals(new RecoverySettings(RecoverySettings.Mode.CLEANUP, false, Duration.ofSeconds(30)),
                settings.recovery());
        assertEquals(List.of("mesos"), settings.containerizer().containerizers());
        assertEquals(List.of("posix/mem", "test/x"), settings.containerizer().isolation());
    }

    @Test
    void moduleBudgetsDefaultAndAreRead() {
        AgentSettings defaults = AgentSettings.from(config().build(), 5051);
        assertEquals(Duration.ofSeconds(5), defaults.hookTimeout());
        assertEquals(Duration.ofMinutes(1), defaults.containerizer().isolatorTimeout());
        AgentSettings set = AgentSettings.from(config().set("hook_timeout", "250ms").set("isolator_timeout", "2mins")
                .build(), 5051);
        assertEquals(Duration.ofMillis(250), set.hookTimeout());
        assertEquals(Duration.ofMinutes(2), set.containerizer().isolatorTimeout());
        assertEquals("Invalid hook_timeout '0secs': must be longer than zero",
                error(config().set("hook_timeout", "0secs")));
        assertEquals("Invalid isolator_timeout '0ms': must be longer than zero",
                error(config().set("isolator_timeout", "0ms")));
    }

    @Test
    void theWorkDirIsCreated() {
        Path workDir = dir.resolve("a/b/work");
        AgentSettings settings = AgentSettings.from(config().set("work_dir", workDir.toString()).build(), 5051);
        assertEquals(workDir, settings.workDir());
        assertTrue(Files.isDirectory(workDir));
    }

    @Test
    void localModeSharesTheMastersServer() {
        AgentSettings settings = AgentSettings.from(config().set("master", "127.0.0.1:0")
                .set("http_prefix", "/slave(1)/").build(), 40123);
        assertEquals(new MasterAddress("127.0.0.1", 40123), settings.master(), "port 0: this process's own server");
        assertEquals("/slave(1)", settings.httpPrefix());
    }

    @Test
    void configuredValuesWin() {
        AgentSettings settings = AgentSettings.from(config().set("resources", "cpus:3;mem:100;disk:200;ports:[1-2]")
                .set("hostname", "a.example").set("advertise_port", 6000)
                .set("status_update_retry_interval_min", "500ms").set("status_update_retry_interval_max", "2secs")
                .build(), 5051);
        assertEquals(Resources.parse("cpus:3;mem:100;disk:200;ports:[1-2]"), settings.resources());
        assertEquals("a.example", settings.hostname());
        assertEquals(6000, settings.port());
        assertEquals(Duration.ofMillis(500), settings.statusUpdateRetryMin());
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        assertEquals("work_dir is required: the folder for sandboxes and checkpoints",
                error(config().set("work_dir", "")));
        assertEquals("master is required: the leading master as host:port", error(config().set("master", " ")));
        assertEquals("Invalid registration_backoff_factor '10 seconds': expected a number followed by ns, us, ms,"
                        + " secs, mins, hrs, days or weeks, e.g. '1secs'",
                error(config().set("registration_backoff_factor", "10 seconds")));
        assertEquals("status_update_retry_interval_max (1secs) must not be below status_update_retry_interval_min "
                + "(10secs)", error(config().set("status_update_retry_interval_max", "1secs")));
        assertEquals("http_prefix 'slave(1)' must be empty or start with '/'",
                error(config().set("http_prefix", "slave(1)")));
        assertTrue(error(config().set("resources", "cpus:lots")).startsWith("Invalid resources 'cpus:lots': "));
        assertEquals("containerizers: unknown containerizer 'lxc'; the containerizers are 'mesos' and 'docker'",
                error(config().set("containerizers", "mesos,lxc")));
        assertEquals("docker must name the docker CLI to run, e.g. docker or /usr/bin/docker",
                error(config().set("docker", " ")));
        assertEquals("recover must be 'reconnect' or 'cleanup', got 'later'", error(config().set("recover", "later")));
    }

    private String error(TestConfig config) {
        return assertThrows(IllegalArgumentException.class, () -> AgentSettings.from(config.build(), 5051))
                .getMessage();
    }

    private TestConfig config() {
        return new TestConfig().set("master", "10.0.0.1:5050").set("work_dir", dir.resolve("work").toString());
    }
}
