package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense numbers for scalar resource names, so that quantities are plain arrays and a dominant share is
 * a loop over a few longs instead of a map walk. Numbers are handed out on first sight and never reused
 * for the life of one allocator process. Touched only on the allocator's actor.
 */
final class ResourceNames {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int number(String name) {
        Integer number = numbers.get(name);
        if (number == null) {
            number = names.size();
            numbers.put(name, number);
            names.add(name);
        }
        return number;
    }

    /** The number of a name already seen, or -1. */
    int find(String name) {
        return numbers.getOrDefault(name, -1);
    }

    String name(int number) {
        return names.get(number);
    }

    int size() {
        return names.size();
    }
}
