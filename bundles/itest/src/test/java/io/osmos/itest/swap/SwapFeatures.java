package io.osmos.itest.swap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feature files for the swap test, written from the distribution's own: the local feature with both
 * built-in allocators (the hierarchical one is added when the distribution does not list it yet; the
 * launcher then takes its jar from the local Maven repository), and an agent-only feature taken from
 * the local one, so a second agent process runs exactly the agent bundles the distribution ships.
 */
final class SwapFeatures {
    private static final Pattern OSMOS_BUNDLE = Pattern.compile("\"io\\.osmos:(osmos-[a-z-]+):([^\"]+)\"");

    private SwapFeatures() {
    }

    /**
     * {@code local.json} plus {@code osmos-allocator-drf} (before the master, unless already listed), and
     * the master's configuration: feature configuration rather than flags, which keeps the command line
     * (and the log file named after it) short.
     *
     * @param master properties of PID io.osmos.master, as JSON members, e.g. {@code "allocator": "random"}
     */
    static Path localWithBothAllocators(Path distribution, Path file, String master) throws IOException {
        List<String> lines = Files.readAllLines(distribution.resolve("features").resolve("local.json"));
        List<String> out = new ArrayList<>();
        boolean listed = lines.stream().anyMatch(line -> line.contains("\"io.osmos:osmos-allocator-drf:"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher bundle = OSMOS_BUNDLE.matcher(line);
            if (!listed && bundle.find() && bundle.group(1).equals("osmos-master")) {
                out.add(line.replace("osmos-master", "osmos-allocator-drf"));
            }
            out.add(line);
            if (line.trim().startsWith("\"configurations\"")) {
                boolean more = lines.subList(i + 1, lines.size()).stream().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("//")).findFirst().map(l -> !l.startsWith("}"))
                        .orElse(false);
                out.add("    \"io.osmos.master\": {" + master + "}" + (more ? "," : ""));
            }
        }
        return write(file, out);
    }

    /** {@code local.json} without the master and its allocators: what an agent-only process boots. */
    static Path agentOnly(Path distribution, Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(distribution.resolve("features").resolve("local.json"))) {
            Matcher bundle = OSMOS_BUNDLE.matcher(line);
            if (bundle.find() && (bundle.group(1).equals("osmos-master")
                    || bundle.group(1).startsWith("osmos-allocator-"))) {
                continue;
            }
            out.add(line.replace("\"id\": \"io.osmos:osmos-features:osmosfeature:local:",
                    "\"id\": \"io.osmos:osmos-features:osmosfeature:swap-agent:"));
        }
        return write(file, out);
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, lines);
    }
}
