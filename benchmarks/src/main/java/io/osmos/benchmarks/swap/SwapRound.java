package io.osmos.benchmarks.swap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One measured swap.
 *
 * @param from the allocator replaced
 * @param to the allocator swapped in
 * @param pauseMs the master's hand-over: from pausing the old allocator until the new one is seeded and
 *     current, while the master's own events wait (what {@code allocator/swap_pause_ms} reports)
 * @param cpuMs CPU time the master's thread spent on that hand-over: the pause on an otherwise idle machine
 * @param seededMs from the same start until the new allocator has worked through its seed on its own
 *     actor, i.e. could allocate
 * @param firstRunMs from the same start until the new allocator finished its first allocation run
 * @param books the master's books once the cluster settled after the swap
 */
record SwapRound(String from, String to, double pauseMs, double cpuMs, double seededMs, double firstRunMs,
        Books books) {
    String line() {
        return String.format("%-12s -> %-12s  pause %7.2f ms (cpu %6.2f)   seeded %8.2f ms   first run %8.2f ms"
                + "   offers %6d   books %s", from, to, pauseMs, cpuMs, seededMs, firstRunMs, books.offers(),
                books.balanced() && books.unfilled() == 0 ? "balanced" : "NOT BALANCED " + books);
    }

    /** min / median / max of each figure, for all rounds and per allocator swapped in. */
    static String summary(List<SwapRound> rounds) {
        StringBuilder out = new StringBuilder(String.format("%-20s %-24s %-24s %-24s %-24s%n", "swapped in (rounds)",
                "pause ms min/med/max", "pause cpu ms", "seeded ms", "first run ms"));
        List<String> targets = new ArrayList<>(List.of("all"));
        rounds.stream().map(SwapRound::to).distinct().sorted().forEach(targets::add);
        for (String target : targets) {
            List<SwapRound> some = rounds.stream().filter(r -> target.equals("all") || r.to.equals(target)).toList();
            out.append(String.format("%-20s %-24s %-24s %-24s %-24s%n", target + " (" + some.size() + ")",
                    spread(some, SwapRound::pauseMs), spread(some, SwapRound::cpuMs), spread(some, SwapRound::seededMs),
                    spread(some, SwapRound::firstRunMs)));
        }
        return out.toString();
    }

    private static String spread(List<SwapRound> rounds, ToDoubleFunction<SwapRound> figure) {
        List<Double> sorted = rounds.stream().map(figure::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        if (sorted.isEmpty()) {
            return "-";
        }
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format("%.1f / %.1f / %.1f", sorted.get(0), median, sorted.get(n - 1));
    }
}
