package io.osmos.modules.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.modules.kind.ModuleKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a selection must look like before anything is looked up or written. */
class SelectorRulesTest {
    @Test
    void anUnknownKindIsABadRequestListingTheKinds() {
        SelectionException refused = assertThrows(SelectionException.class, () -> Selector.kind("alocator"));
        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().contains("'alocator'") && refused.getMessage().contains("allocator"),
                refused.getMessage());
    }

    @Test
    void aMissingKindIsABadRequest() {
        assertEquals(400, assertThrows(SelectionException.class, () -> Selector.kind(" ")).status());
    }

    @Test
    void theAllocatorTakesExactlyOneName() {
        SelectionException two = assertThrows(SelectionException.class,
                () -> Selector.check(ModuleKind.ALLOCATOR, List.of("random", "hierarchical")));
        assertEquals(400, two.status());
        assertEquals("The allocator takes exactly one module name, got random,hierarchical", two.getMessage());
        assertEquals(400, assertThrows(SelectionException.class,
                () -> Selector.check(ModuleKind.ALLOCATOR, List.of())).status());
    }

    @Test
    void isolatorsNeedOneAtLeastAndHooksMayBeCleared() throws SelectionException {
        assertEquals(400, assertThrows(SelectionException.class,
                () -> Selector.check(ModuleKind.ISOLATOR, List.of())).status());
        Selector.check(ModuleKind.MASTER_HOOK, List.of());
        Selector.check(ModuleKind.ISOLATOR, List.of("posix/cpu", "posix/mem"));
    }

    @Test
    void aNameTwiceOrABlankNameIsABadRequest() {
        assertEquals(400, assertThrows(SelectionException.class,
                () -> Selector.check(ModuleKind.AGENT_HOOK, List.of("a", "a"))).status());
        assertEquals(400, assertThrows(SelectionException.class,
                () -> Selector.check(ModuleKind.AGENT_HOOK, List.of(" "))).status());
    }
}
