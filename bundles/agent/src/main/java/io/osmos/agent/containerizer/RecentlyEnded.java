package io.osmos.agent.containerizer;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that forgets its oldest entries beyond a bound, for what ended lately. */
final class RecentlyEnded {
    private RecentlyEnded() {
    }

    static <K, V> Map<K, V> map(int bound) {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > bound;
            }
        };
    }
}
