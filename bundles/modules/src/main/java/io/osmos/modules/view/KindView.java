package io.osmos.modules.view;

import io.osmos.modules.kind.Choice;
import io.osmos.modules.kind.ModuleKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One kind as an operator sees it: the modules available, what the configuration selects, which
 * selected names have no module installed, and for hooks the order they are called in.
 *
 * @param modules sorted by name; for hooks, in call order
 */
public record KindView(ModuleKind kind, List<Selection> selections, List<ModuleEntry> modules,
        List<String> selected, List<String> missing) {

    public static KindView of(ModuleKind kind, List<Selection> selections, List<ModuleEntry> available) {
        Set<String> selected = new LinkedHashSet<>();
        selections.forEach(s -> selected.addAll(s.names()));
        List<ModuleEntry> modules = kind.choice() == Choice.ORDER
                ? HookOrder.sort(available, List.copyOf(selected)) : available;
        List<String> missing = new ArrayList<>();
        for (String name : selected) {
            if (available.stream().noneMatch(m -> name.equals(m.name()))) {
                missing.add(name);
            }
        }
        return new KindView(kind, List.copyOf(selections), List.copyOf(modules), List.copyOf(selected),
                List.copyOf(missing));
    }

    /** Whether the platform uses this module: named in the selection (hooks: always, all are called). */
    public boolean isSelected(ModuleEntry module) {
        return kind.choice() == Choice.ORDER || (module.name() != null && selected.contains(module.name()));
    }

    /** For hooks, the names (or stand-ins) in the order they are called; empty for other kinds. */
    public List<String> order() {
        return kind.choice() == Choice.ORDER ? modules.stream().map(ModuleEntry::label).toList() : List.of();
    }
}
