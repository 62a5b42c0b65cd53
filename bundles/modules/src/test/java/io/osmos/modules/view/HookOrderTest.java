package io.osmos.modules.view;

import static io.osmos.modules.view.Entries.module;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HookOrderTest {
    private static List<String> names(List<ModuleEntry> hooks) {
        return hooks.stream().map(ModuleEntry::label).toList();
    }

    @Test
    void withoutConfigurationHighestRankingComesFirstThenOldestRegistration() {
        List<ModuleEntry> hooks = List.of(module("late", 0, 30), module("early", 0, 10), module("urgent", 5, 40));
        assertEquals(List.of("urgent", "early", "late"), names(HookOrder.sort(hooks, List.of())));
    }

    @Test
    void configuredNamesComeFirstInTheirOrderWhateverTheirRanking() {
        List<ModuleEntry> hooks = List.of(module("a", 100, 1), module("b", 0, 2), module("c", -5, 3));
        assertEquals(List.of("c", "b", "a"), names(HookOrder.sort(hooks, List.of("c", "b"))));
    }

    @Test
    void configuredNamesThatAreNotInstalledAreSkipped() {
        List<ModuleEntry> hooks = List.of(module("a", 0, 1), module("b", 0, 2));
        assertEquals(List.of("b", "a"), names(HookOrder.sort(hooks, List.of("gone", "b"))));
    }

    @Test
    void unnamedHooksFollowByRanking() {
        List<ModuleEntry> hooks = List.of(module(null, 1, 7), module("named", 0, 3));
        assertEquals(List.of("(unnamed in org.example.unnamed)", "named"), names(HookOrder.sort(hooks, List.of())));
    }
}
