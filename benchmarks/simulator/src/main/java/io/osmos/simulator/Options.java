package io.osmos.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's flags, written as Mesos writes flags ({@code --name=value}, durations such as
 * {@code 30secs}). Every accessor checks its value and names the flag when it is wrong.
 */
public final class Options {
    /** Flag name to default value; the order is the order of the usage text. */
    static final Map<String, String> DEFAULTS = defaults();
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|secs|mins|hrs|days)");

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("agents", "1000");
        d.put("frameworks", "10");
        d.put("tasks", "100000");
        d.put("duration", "5mins");
        d.put("allocator", "random");
        d.put("allocation_interval", "1secs");
        d.put("agent_resources", "cpus:1;mem:1024");
        d.put("task_resources", "cpus:0.01;mem:1");
        d.put("tasks_per_offer", "0");
        d.put("launch_window", "0");
        d.put("warmup_tasks", "0");
        d.put("warmup_jit_wait", "30secs");
        d.put("task_starting", "true");
        d.put("agent_processes", "0");
        d.put("agent_jvm_options", "-Xmx1g");
        d.put("client_threads", "2");
        d.put("call_connections", "4");
        d.put("registration_concurrency", "200");
        d.put("state_runs", "3");
        d.put("port", "0");
        d.put("hold", "0secs");
        d.put("role", "all");
        d.put("master", "");
        d.put("first_agent", "0");
        return d;
    }

    /** @throws IllegalArgumentException for an unknown flag or one not written {@code --name=value} */
    public static Options parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 3) {
                throw new IllegalArgumentException("Flags are written --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, eq);
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("Unknown flag '--" + name + "'; known flags: " + DEFAULTS.keySet());
            }
            values.put(name, arg.substring(eq + 1));
        }
        return new Options(values);
    }

    public String text(String name) {
        return known(name);
    }

    public int integer(String name, int min) {
        String value = known(name);
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'");
        }
        if (parsed < min) {
            throw new IllegalArgumentException("--" + name + " must be at least " + min + ", got " + parsed);
        }
        return parsed;
    }

    public boolean bool(String name) {
        String value = known(name).trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("--" + name + " must be true or false, got '" + value + "'");
        };
    }

    /** A Mesos duration: a number and one of ns, us, ms, secs, mins, hrs, days. */
    public Duration duration(String name) {
        String value = known(name).trim();
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("--" + name + " must be a duration such as 500ms, 30secs or 5mins, got '"
                    + value + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        double nanos = amount * switch (m.group(2)) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "secs" -> 1e9;
            case "mins" -> 60e9;
            case "hrs" -> 3600e9;
            default -> 86400e9;
        };
        return Duration.ofNanos((long) nanos);
    }

    public List<String> words(String name) {
        String value = known(name).trim();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    private String known(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("No flag --" + name);
        }
        return value;
    }
}
