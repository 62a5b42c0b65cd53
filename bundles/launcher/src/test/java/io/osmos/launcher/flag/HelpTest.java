package io.osmos.launcher.flag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelpTest {
    private final Help help = new Help(Optional.of(Path.of("/opt/osmos")), Path.of("/tmp"));

    @Test
    void modeHelpListsEveryFlagOfTheModeWithItsDefault() {
        String text = help.render(Optional.of(Mode.AGENT));
        assertTrue(text.startsWith("Usage: osmos agent [--flag=value ...]\n"), text);
        for (FlagSpec spec : FlagTable.forMode(Mode.AGENT)) {
            assertTrue(text.contains("--" + spec.name()), "missing --" + spec.name() + " in\n" + text);
            assertTrue(text.contains(spec.help()), "missing help of --" + spec.name());
        }
        assertTrue(text.contains("--port=PORT"), text);
        assertTrue(text.contains("(default 5051)"), text);
        assertTrue(text.contains("(default /tmp/osmos-agent)"), text);
        assertTrue(text.contains("(default /opt/osmos/deploy)"), text);
        assertTrue(text.contains("--shell, --no-shell"), text);
        assertTrue(text.contains("(required)"), "--master is required for an agent:\n" + text);
        assertTrue(text.contains("OSMOS_PORT=5055"), text);
        assertFalse(text.contains("--allocation_interval"), "a master flag in agent help:\n" + text);
    }

    @Test
    void topLevelHelpListsModesAndAllFlagsWithTheirModes() {
        String text = help.render(Optional.empty());
        for (Mode mode : Mode.values()) {
            assertTrue(text.contains("  " + mode.word() + " "), text);
        }
        for (FlagSpec spec : FlagTable.all()) {
            assertTrue(text.contains("--" + spec.name()), "missing --" + spec.name());
        }
        assertTrue(text.contains("master: default 5050, agent: default 5051, local: default 5050"), text);
        assertTrue(text.contains("(default /tmp/osmos-<mode>)"), text);
        assertTrue(text.contains("agent, local only; agent: required, local: default 127.0.0.1:<port>"), text);
    }
}
