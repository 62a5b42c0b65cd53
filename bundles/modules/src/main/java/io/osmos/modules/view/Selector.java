package io.osmos.modules.view;

import io.osmos.modules.kind.Choice;
import io.osmos.modules.kind.ModuleKind;
import io.osmos.modules.kind.Slot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Chooses the modules of a kind by writing the configuration property the platform reads, e.g.
 * {@code allocator} of {@code io.osmos.master}; the master and agent apply such a change live. A
 * kind read from two PIDs (the master detector) is written to each that is configured, or to the
 * first when neither is.
 */
public final class Selector {
    /** What was written: the names, comma separated, to the property of each PID. */
    public record Outcome(ModuleKind kind, String value, List<String> pids) {
    }

    private final Inventory inventory;
    private final Selections selections;
    private final ConfigurationAdmin configAdmin;

    public Selector(Inventory inventory, Selections selections, ConfigurationAdmin configAdmin) {
        this.inventory = inventory;
        this.selections = selections;
        this.configAdmin = configAdmin;
    }

    public Outcome select(String kindId, List<String> names) throws SelectionException {
        ModuleKind kind = kind(kindId);
        check(kind, names);
        List<String> installed = inventory.modules(kind).stream().map(ModuleEntry::name)
                .filter(n -> n != null).distinct().toList();
        for (String name : names) {
            if (!installed.contains(name)) {
                throw new SelectionException(409, "No " + kind.id() + " module named '" + name + "' is installed;"
                        + " installed: " + (installed.isEmpty() ? "none" : String.join(", ", installed)));
            }
        }
        String value = String.join(",", names);
        List<String> pids = new ArrayList<>();
        for (Slot slot : targets(kind)) {
            write(slot, value);
            pids.add(slot.pid());
        }
        return new Outcome(kind, value, List.copyOf(pids));
    }

    static ModuleKind kind(String kindId) throws SelectionException {
        if (kindId == null || kindId.isBlank()) {
            throw new SelectionException(400, "'kind' is missing; it is one of: " + ModuleKind.ids());
        }
        return ModuleKind.byId(kindId.trim()).orElseThrow(() -> new SelectionException(400,
                "Unknown module kind '" + kindId + "'; it is one of: " + ModuleKind.ids()));
    }

    static void check(ModuleKind kind, List<String> names) throws SelectionException {
        for (String name : names) {
            if (name == null || name.isBlank() || name.contains(",")) {
                throw new SelectionException(400, "Module names must be non-blank and contain no comma, got '"
                        + name + "'");
            }
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new SelectionException(400, "A " + kind.id() + " module is named twice in " + names);
        }
        if (kind.choice() == Choice.ONE && names.size() != 1) {
            throw new SelectionException(400, "The " + kind.id() + " takes exactly one module name, got "
                    + (names.isEmpty() ? "none" : String.join(",", names)));
        }
        if (kind.choice() == Choice.LIST && names.isEmpty()) {
            throw new SelectionException(400, "Give at least one " + kind.id() + " module name");
        }
    }

    private List<Slot> targets(ModuleKind kind) {
        List<Slot> configured = kind.slots().stream()
                .filter(slot -> selections.configuration(slot.pid()).isPresent()).toList();
        return configured.isEmpty() ? List.of(kind.slots().get(0)) : configured;
    }

    private void write(Slot slot, String value) throws SelectionException {
        try {
            Optional<Configuration> existing = selections.configuration(slot.pid());
            Configuration configuration = existing.isPresent() ? existing.get()
                    : configAdmin.getConfiguration(slot.pid(), "?");
            Dictionary<String, Object> properties = configuration.getProperties();
            Dictionary<String, Object> next = new Hashtable<>();
            if (properties != null) {
                for (String key : Collections.list(properties.keys())) {
                    next.put(key, properties.get(key));
                }
            }
            next.put(slot.property(), value);
            configuration.updateIfDifferent(next);
        } catch (IOException | RuntimeException e) {
            throw new SelectionException(500, "Cannot store " + slot + "=" + value + ": " + e.getMessage());
        }
    }
}
