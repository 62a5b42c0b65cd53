package io.osmos.master.view;

import io.osmos.master.core.AllocatorChoice;
import io.osmos.master.core.Handover;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code /allocator} and {@code osmos:allocator} say about the allocator in use and a swap. */
public final class AllocatorJson {
    private AllocatorJson() {
    }

    /** {@code GET /allocator}: the allocator in use (null: none), the wanted and default names, what is registered. */
    public static String state(String inUse, AllocatorChoice choice) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allocator", inUse);
        json.put("available", List.copyOf(choice.registered()));
        json.put("wanted", choice.wanted());
        json.put("default_allocator", choice.defaultName());
        return Json.write(json);
    }

    /** A swap that completed: the allocator in use now, the one before it, and the pause in milliseconds. */
    public static String swapped(Handover handover) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allocator", handover.allocator());
        json.put("previous", handover.previous());
        json.put("pause_ms", handover.pauseMillis());
        return Json.write(json);
    }

    /** Why a swap did not happen, and which allocator stays. */
    public static String failure(Handover handover) {
        return "Allocator '" + handover.allocator() + "' failed to start: " + handover.failure() + "; "
                + (handover.previous() == null ? "no allocator is in use" : "'" + handover.previous()
                + "' stays in use");
    }

    /** The shell's one-line summary. */
    public static String describe(String inUse, AllocatorChoice choice) {
        String wanted = choice.wanted();
        return "Allocator in use: " + (inUse == null ? "none" : inUse)
                + (wanted == null || wanted.equals(inUse) ? "" : " (wanted: " + wanted + ", not registered)")
                + "; default: " + (choice.defaultName().isEmpty() ? "none" : choice.defaultName())
                + "; registered: " + String.join(", ", choice.registered());
    }
}
