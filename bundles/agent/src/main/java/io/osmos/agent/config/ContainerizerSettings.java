package io.osmos.agent.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the agent runs containers: the Mesos flags {@code --containerizers}, {@code --isolation},
 * {@code --executor_registration_timeout}, {@code --switch_user} and {@code --docker}, Osmos's
 * {@code --isolator_timeout}, and where executors reach the agent.
 *
 * @param containerizers the containerizers to ask, in order, whether they run a container
 * @param isolation the isolators to use, by module name, in the order they are called
 * @param executorEndpoint {@code ip:port} of this agent's HTTP server, for MESOS_AGENT_ENDPOINT
 * @param isolatorTimeout how long one isolator call may stay unanswered before it counts as failed
 * @param switchUser run tasks as their command's (else their framework's) user when the agent is root
 * @param docker the docker CLI the docker containerizer runs
 */
public record ContainerizerSettings(List<String> containerizers, List<String> isolation,
        Duration executorRegistrationTimeout, String executorEndpoint, Duration isolatorTimeout,
        boolean switchUser, String docker) {

    /** The containerizers Osmos has. */
    static final Set<String> KNOWN = Set.of("mesos", "docker");

    static String docker(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("docker must name the docker CLI to run, e.g. docker or /usr/bin/docker");
        }
        return text.trim();
    }

    static List<String> containerizers(String text) {
        List<String> names = list(text);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("containerizers must name at least one containerizer, e.g. mesos");
        }
        for (String name : names) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("containerizers: unknown containerizer '" + name
                        + "'; the containerizers are 'mesos' and 'docker'");
            }
        }
        return names;
    }

    /** A comma-separated list, blanks and repeats dropped, order kept. */
    public static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        return List.copyOf(names);
    }
}
