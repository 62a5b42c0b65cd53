package io.osmos.master;

import io.osmos.master.core.MasterSettings;
import io.osmos.master.core.RateLimit;
import io.osmos.runtime.flags.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads {@link MasterConfig} into checked settings; every refusal names the key and what was expected. */
final class ConfigReader {
    private ConfigReader() {
    }

    /** @throws IllegalArgumentException naming the key and the expected form */
    static MasterSettings settings(MasterConfig config) {
        String rateLimit = config.agent__removal__rate__limit();
        Optional<RateLimit> removalLimit = rateLimit == null || rateLimit.isBlank() ? Optional.empty()
                : Optional.of(RateLimit.parse("agent_removal_rate_limit", rateLimit));
        Duration allocationInterval = Durations.parsePositive("allocation_interval", config.allocation__interval());
        return new MasterSettings(config.hostname(),
                allocationInterval,
                Durations.parseOptional("offer_timeout", config.offer__timeout()),
                Durations.parsePositive("heartbeat_interval", config.heartbeat__interval()),
                Durations.parsePositive("agent_ping_timeout", config.agent__ping__timeout()),
                config.allocator(),
                count("max_agent_ping_timeouts", config.max__agent__ping__timeouts()),
                removalLimit,
                names(config.hooks()),
                Durations.parsePositive("hook_timeout", config.hook__timeout()),
                bytes("max_subscriber_backlog", config.max__subscriber__backlog()),
                AllocatorOptionsReader.read(config, allocationInterval));
    }

    private static int count(String key, String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException("Invalid " + key + " '" + text + "': expected a whole number of at least 1");
    }

    private static long bytes(String key, String text) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException("Invalid " + key + " '" + text + "': expected a number of bytes of at"
                + " least 1");
    }

    private static List<String> names(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
