package io.osmos.launcher;

import io.osmos.launcher.feature.BundleRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/** Installs a feature's bundles in feature order, then starts them in the same order. */
final class BundleStarter {
    /** A hook between two starts, used to hand ConfigAdmin its configuration as soon as it is up. */
    interface AfterStart {
        void run() throws LaunchException;
    }

    private record Installed(BundleRef ref, Bundle bundle) {
    }

    private final List<Installed> installed = new ArrayList<>();

    void install(BundleContext context, List<BundleRef> refs, List<Path> jars) throws LaunchException {
        for (int i = 0; i < refs.size(); i++) {
            try {
                // reference: runs the jar in place instead of copying it into the cache: faster start-up.
                Bundle bundle = context.installBundle("reference:" + jars.get(i).toUri());
                installed.add(new Installed(refs.get(i), bundle));
            } catch (BundleException | RuntimeException e) {
                throw new LaunchException("bundle " + refs.get(i) + " (" + jars.get(i) + ") cannot be installed: "
                        + LaunchException.reason(e));
            }
        }
    }

    void startAll(AfterStart afterEach) throws LaunchException {
        for (Installed entry : installed) {
            Bundle bundle = entry.bundle();
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    bundle.start();
                } catch (BundleException | RuntimeException e) {
                    throw new LaunchException("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
                            + " (" + entry.ref() + ") did not start: " + LaunchException.reason(e));
                }
            }
            afterEach.run();
        }
    }

    List<Bundle> bundles() {
        return installed.stream().map(Installed::bundle).toList();
    }
}
