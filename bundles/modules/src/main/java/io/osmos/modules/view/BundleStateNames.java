package io.osmos.modules.view;

import org.osgi.framework.Bundle;

/** Bundle states in the words the Felix shell uses. */
public final class BundleStateNames {
    private BundleStateNames() {
    }

    public static String of(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "state " + bundle.getState();
        };
    }
}
