package io.osmos.hooks.agentlost;

import io.osmos.api.Modules;
import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices every agent the master removes (unregistered, unreachable, or marked gone by an operator)
 * and records it as one line, {@code <time> agent <id> (<host>:<port>) lost}: in the log always, and
 * appended to the configured file, which a pager or a script can watch.
 */
@Component(property = Modules.NAME + "=" + AgentLostHook.NAME, configurationPid = AgentLostHook.PID)
@Designate(ocd = AgentLostConfig.class)
public final class AgentLostHook implements MasterHook {
    public static final String NAME = "agent_lost";
    public static final String PID = "io.osmos.hooks.agentlost";
    private static final Logger LOG = LoggerFactory.getLogger(AgentLostHook.class);

    private final Clock clock;
    private volatile Optional<Path> file = Optional.empty();

    public AgentLostHook() {
        this(Clock.systemUTC());
    }

    AgentLostHook(Clock clock) {
        this.clock = clock;
    }

    @Activate
    @Modified
    void configure(AgentLostConfig config) {
        file = config.file().isBlank() ? Optional.empty() : Optional.of(Path.of(config.file()).toAbsolutePath());
    }

    @Override
    public void masterSlaveLostHook(AgentInfo agent) {
        String line = line(Instant.now(clock), agent);
        LOG.warn(line);
        Optional<Path> target = file;
        if (target.isPresent()) {
            try {
                Files.createDirectories(target.get().getParent());
                Files.writeString(target.get(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                // thrown on, the master logs and counts it; the line is in the log above
                throw new UncheckedIOException("cannot append to " + target.get(), e);
            }
        }
    }

    static String line(Instant at, AgentInfo agent) {
        return at + " agent " + agent.getId().getValue() + " (" + agent.getHostname() + ":" + agent.getPort() + ") lost";
    }
}
