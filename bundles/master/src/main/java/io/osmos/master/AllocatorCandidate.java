package io.osmos.master;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * One registered allocator service: its identity, its {@code osmos.module.name}, and how to get and
 * give back instances of it (a prototype service gives a fresh one each time).
 */
record AllocatorCandidate(long serviceId, int ranking, String name, Map<String, ?> properties, Instances objects) {
    /** Where instances come from: the service registry, or a test. */
    interface Instances {
        Allocator get();

        void unget(Allocator instance);

        /** The plugin's bundle, "symbolic-name version", for the log; null when not known. */
        default String origin() {
            return null;
        }
    }

    static AllocatorCandidate of(ComponentServiceObjects<Allocator> objects, Map<String, ?> properties) {
        return new AllocatorCandidate(idOf(properties),
                properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0,
                String.valueOf(properties.get(Modules.NAME)), Map.copyOf(properties), new Instances() {
                    @Override
                    public Allocator get() {
                        return objects.getService();
                    }

                    @Override
                    public void unget(Allocator instance) {
                        try {
                            objects.ungetService(instance);
                        } catch (IllegalStateException | IllegalArgumentException alreadyGone) {
                            // the service was unregistered meanwhile and DS has released it already
                        }
                    }

                    @Override
                    public String origin() {
                        Bundle bundle = objects.getServiceReference().getBundle();
                        return bundle == null ? null : bundle.getSymbolicName() + " " + bundle.getVersion();
                    }
                });
    }

    static long idOf(Map<String, ?> properties) {
        return (Long) properties.get(Constants.SERVICE_ID);
    }

    /** Matches as the filter {@code (osmos.module.name=<name>)} does, so a list of names works too. */
    boolean named(String wanted) {
        try {
            return FrameworkUtil.createFilter(Modules.filter(wanted)).matches(properties);
        } catch (InvalidSyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
