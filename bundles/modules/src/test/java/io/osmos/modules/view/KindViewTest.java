package io.osmos.modules.view;

import static io.osmos.modules.view.Entries.module;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.modules.kind.ModuleKind;
import io.osmos.modules.kind.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindViewTest {
    @Test
    void theConfiguredAllocatorIsSelectedAndTheOtherIsNot() {
        ModuleEntry random = module("random", 0, 1);
        ModuleEntry drf = module("hierarchical", 0, 2);
        Selection selection = new Selection(ModuleKind.ALLOCATOR.slots().get(0), "random", "default");
        KindView view = KindView.of(ModuleKind.ALLOCATOR, List.of(selection), List.of(drf, random));
        assertTrue(view.isSelected(random));
        assertFalse(view.isSelected(drf));
        assertEquals(List.of(), view.missing());
        assertEquals(List.of(), view.order(), "only hooks have a call order");
    }

    @Test
    void aSelectedNameWithNoModuleIsMissing() {
        Selection selection = new Selection(ModuleKind.ISOLATOR.slots().get(0), "posix/cpu,cgroups/mem", "configuration");
        KindView view = KindView.of(ModuleKind.ISOLATOR, List.of(selection), List.of(module("posix/cpu", 0, 1)));
        assertEquals(List.of("posix/cpu", "cgroups/mem"), view.selected());
        assertEquals(List.of("cgroups/mem"), view.missing());
    }

    @Test
    void hooksAreAllSelectedAndListedInCallOrder() {
        Selection selection = new Selection(new Slot(Slot.MASTER_PID, "hooks", ""), "second", "configuration");
        KindView view = KindView.of(ModuleKind.MASTER_HOOK, List.of(selection),
                List.of(module("first", 10, 1), module("second", 0, 2)));
        assertEquals(List.of("second", "first"), view.order());
        assertTrue(view.modules().stream().allMatch(view::isSelected));
    }

    @Test
    void theDetectorIsReadFromBothTheMasterAndTheAgent() {
        assertEquals(List.of("io.osmos.master", "io.osmos.agent"),
                ModuleKind.MASTER_DETECTOR.slots().stream().map(Slot::pid).toList());
        assertEquals("io.osmos.api.detector", ModuleKind.MASTER_DETECTOR.apiPackage());
    }
}
