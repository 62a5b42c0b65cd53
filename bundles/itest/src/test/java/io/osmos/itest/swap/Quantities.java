package io.osmos.itest.swap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resources as Mesos's classic JSON shows them ({@code {"cpus":2.0,"mem":1024.0,"ports":"[31000-31099]"}}):
 * scalars by name and the port ranges.
 */
record Quantities(Map<String, Double> scalars, List<Range> ports) {
    /** An inclusive port range. */
    record Range(long begin, long end) {
    }

    static Quantities of(JsonObject json) {
        Map<String, Double> scalars = new HashMap<>();
        List<Range> ports = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            JsonElement value = entry.getValue();
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                scalars.put(entry.getKey(), value.getAsDouble());
            } else if (entry.getKey().equals("ports")) {
                ports.addAll(ranges(value.getAsString()));
            }
        }
        return new Quantities(Map.copyOf(scalars), merged(ports));
    }

    double scalar(String name) {
        return scalars.getOrDefault(name, 0.0);
    }

    /** "[31000-31049, 31060-31099]" as ranges. */
    static List<Range> ranges(String text) {
        List<Range> ranges = new ArrayList<>();
        String inner = text.trim().replace("[", "").replace("]", "");
        for (String part : inner.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] bounds = part.trim().split("-");
            ranges.add(new Range(Long.parseLong(bounds[0].trim()), Long.parseLong(bounds[bounds.length - 1].trim())));
        }
        return ranges;
    }

    /** Sorted, with touching or overlapping ranges joined. */
    static List<Range> merged(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(Range::begin));
        List<Range> out = new ArrayList<>();
        for (Range range : sorted) {
            Range last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && range.begin() <= last.end() + 1) {
                out.set(out.size() - 1, new Range(last.begin(), Math.max(last.end(), range.end())));
            } else {
                out.add(range);
            }
        }
        return out;
    }

    /** What is wrong with ranges offered on one agent: two offers sharing a port, or a port it does not have. */
    static List<String> overlapsOrOutside(String agentId, List<Range> offered, List<Range> total) {
        List<String> broken = new ArrayList<>();
        List<Range> sorted = new ArrayList<>(offered);
        sorted.sort(Comparator.comparingLong(Range::begin));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).begin() <= sorted.get(i - 1).end()) {
                broken.add("agent " + agentId + ": ports " + sorted.get(i - 1) + " and " + sorted.get(i)
                        + " are offered twice");
            }
        }
        for (Range range : offered) {
            if (total.stream().noneMatch(t -> t.begin() <= range.begin() && range.end() <= t.end())) {
                broken.add("agent " + agentId + ": ports " + range + " are offered but not the agent's " + total);
            }
        }
        return broken;
    }
}
