package io.osmos.modules.view;

import io.osmos.modules.kind.ModuleKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The modules registered right now, per kind, read from the service registry. */
public final class Inventory {
    private static final Comparator<ModuleEntry> BY_NAME = Comparator
            .comparing((ModuleEntry m) -> m.name() == null ? "\uffff" : m.name())
            .thenComparingLong(ModuleEntry::serviceId);

    private final BundleContext context;

    public Inventory(BundleContext context) {
        this.context = context;
    }

    /**
     * Every service registered under the kind's interface, sorted by name. All references are listed,
     * not only those whose API package matches ours, so a module wired to another API version shows up.
     */
    public List<ModuleEntry> modules(ModuleKind kind) {
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(kind.service(), null);
        } catch (InvalidSyntaxException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        } catch (IllegalStateException stopping) {
            return List.of();
        }
        List<ModuleEntry> modules = new ArrayList<>();
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Bundle bundle = reference.getBundle();
            if (bundle != null) {
                modules.add(entry(kind, reference, bundle));
            }
        }
        modules.sort(BY_NAME);
        return modules;
    }

    private static ModuleEntry entry(ModuleKind kind, ServiceReference<?> reference, Bundle bundle) {
        return new ModuleEntry(name(reference.getProperty(ModuleKind.MODULE_NAME)), bundle.getSymbolicName(),
                bundle.getVersion().toString(), bundle.getBundleId(), BundleStateNames.of(bundle),
                (Long) reference.getProperty(Constants.SERVICE_ID), ranking(reference),
                String.valueOf(reference.getProperty(Constants.SERVICE_SCOPE)), ApiImport.of(bundle, kind.apiPackage()));
    }

    private static String name(Object property) {
        if (property instanceof String s && !s.isBlank()) {
            return s;
        }
        if (property instanceof String[] names && names.length > 0) {
            return names[0];
        }
        return null;
    }

    /** The service.ranking as the framework orders by it: an Integer, anything else counts as 0. */
    static int ranking(ServiceReference<?> reference) {
        return reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
    }
}
