package io.osmos.modules.view;

import io.osmos.modules.kind.ModuleKind;
import io.osmos.modules.kind.Slot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Reads the selection for each kind from ConfigAdmin, where the launcher and the operator put it. */
public final class Selections {
    private final ConfigurationAdmin configAdmin;

    public Selections(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    public List<Selection> of(ModuleKind kind) {
        List<Selection> selections = new ArrayList<>();
        for (Slot slot : kind.slots()) {
            Optional<String> configured = properties(slot.pid()).map(p -> text(p.get(slot.property())));
            if (configured.isPresent()) {
                selections.add(new Selection(slot, configured.get(), "configuration"));
            } else {
                selections.add(new Selection(slot, slot.defaultValue(), slot.defaultValue().isEmpty() ? "unset" : "default"));
            }
        }
        return selections;
    }

    /** The PID's properties, if the configuration exists (reading never creates one). */
    public Optional<Dictionary<String, Object>> properties(String pid) {
        return configuration(pid).map(Configuration::getProperties);
    }

    public Optional<Configuration> configuration(String pid) {
        try {
            Configuration[] found = configAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            return found == null || found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot read configuration " + pid + ": " + e.getMessage(), e);
        }
    }

    /** A property as comma-separated text: the feature file may give a list as an array. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String[] array) {
            return String.join(",", array);
        }
        if (value instanceof Collection<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
