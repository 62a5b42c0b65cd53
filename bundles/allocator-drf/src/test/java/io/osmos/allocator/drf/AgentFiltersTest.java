package io.osmos.allocator.drf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-agent filter table on its own: many slots, several filters per slot, expiry and removal. */
class AgentFiltersTest {
    private static final Resources SMALL = Resources.parse("cpus:1;mem:128");
    private static final Resources LARGE = Resources.parse("cpus:4;mem:1024");

    @Test
    void aFilterHoldsBackWhatItsRefusalContains() {
        AgentFilters filters = new AgentFilters();
        filters.add(7, LARGE, 100);
        assertTrue(filters.filtered(7, LARGE));
        assertTrue(filters.filtered(7, Resources.parse("cpus:4;mem:1024")), "equal content, other instance");
        assertTrue(filters.filtered(7, SMALL), "contained in what was refused");
        assertFalse(filters.filtered(7, Resources.parse("cpus:5")), "more than was refused");
        assertFalse(filters.filtered(8, SMALL), "another framework's slot");
    }

    @Test
    void thousandsOfSlotsSurviveGrowthExpiryAndRemoval() {
        AgentFilters filters = new AgentFilters();
        for (int slot = 0; slot < 5000; slot++) {
            filters.add(slot, SMALL, slot % 2 == 0 ? 10 : 1000);
        }
        filters.add(3, LARGE, 20);
        assertEquals(5001, filters.count());
        assertEquals(10, filters.nextExpiry());

        List<Integer> expired = new ArrayList<>();
        filters.expire(10, expired::add);
        assertEquals(2500, expired.size(), "every even slot's filter lapsed");
        assertEquals(2501, filters.count());
        assertEquals(20, filters.nextExpiry());
        assertFalse(filters.filtered(2, SMALL));
        assertTrue(filters.filtered(3, LARGE), "slot 3 kept both of its filters");

        filters.expire(20, expired::add);
        assertFalse(filters.filtered(3, LARGE), "the larger refusal of slot 3 lapsed");
        assertTrue(filters.filtered(3, SMALL), "the smaller one still holds");
        assertEquals(1, filters.remove(3));
        assertEquals(0, filters.remove(3));
        for (int slot = 1; slot < 5000; slot += 2) {
            assertEquals(slot == 3 ? 0 : 1, filters.remove(slot), "slot " + slot);
        }
        assertEquals(0, filters.count());
        filters.add(42, SMALL, 5000);
        assertTrue(filters.filtered(42, SMALL), "the emptied table takes new filters");
    }
}
