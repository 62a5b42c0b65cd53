package io.osmos.modules;

import io.osmos.modules.http.ModulesEndpoint;
import io.osmos.modules.manifest.ManifestApplier;
import io.osmos.modules.manifest.ManifestResult;
import io.osmos.modules.resolve.UnresolvedBundles;
import io.osmos.modules.shell.ModulesCommands;
import io.osmos.modules.view.Inventory;
import io.osmos.modules.view.ModulesView;
import io.osmos.modules.view.Selections;
import io.osmos.modules.view.Selector;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.metrics.MetricsSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One view of what is loaded, served at {@code /modules} and as the {@code osmos:modules} and
 * {@code osmos:select} commands, and as metrics in the process's snapshot; notices bundles that cannot resolve; applies Mesos module manifests
 * from its configuration, again whenever it changes. All work runs on one actor.
 */
@Component(service = {}, immediate = true, configurationPid = ModulesComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ModulesConfig.class)
public final class ModulesComponent {
    public static final String PID = "io.osmos.modules";

    private final Actor actor = new Actor("modules");
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final UnresolvedBundles unresolved;
    private final ManifestApplier manifests;
    // written on the actor only; read by snapshots on the actor too
    private List<ManifestResult> manifestResults = List.of();

    @Activate
    public ModulesComponent(BundleContext context, ModulesConfig config,
            @Reference(name = "config_admin") ConfigurationAdmin configAdmin) {
        unresolved = new UnresolvedBundles(context, actor::delay);
        manifests = new ManifestApplier(context, configAdmin, deployDir(context));
        Inventory inventory = new Inventory(context);
        Selections selections = new Selections(configAdmin);
        ModulesView view = new ModulesView(inventory, selections, unresolved, () -> manifestResults);
        Selector selector = new Selector(inventory, selections, configAdmin);

        Dictionary<String, Object> endpoint = new Hashtable<>();
        endpoint.put(HttpEndpoint.PATH, ModulesEndpoint.PATH);
        registrations.add(context.registerService(HttpEndpoint.class, new ModulesEndpoint(actor, view, selector),
                endpoint));
        Dictionary<String, Object> commands = new Hashtable<>();
        commands.put("osgi.command.scope", ModulesCommands.SCOPE);
        commands.put("osgi.command.function", ModulesCommands.FUNCTIONS);
        registrations.add(context.registerService(Object.class, new ModulesCommands(actor, view, selector), commands));
        // modules/... in the master's and agent's /metrics/snapshot, taken on the actor like the listing
        MetricsSource metrics = () -> actor.ask(() -> view.snapshot().metrics());
        registrations.add(context.registerService(MetricsSource.class, metrics, null));

        unresolved.open();
        apply(config);
    }

    @Modified
    void modified(ModulesConfig config) {
        apply(config);
    }

    @Deactivate
    void deactivate() {
        unresolved.close();
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters a stopping bundle's services itself
            }
        }
        registrations.clear();
        actor.stop();
    }

    private void apply(ModulesConfig config) {
        String modules = config.modules();
        String modulesDir = config.modules__dir();
        actor.tell(() -> manifestResults = manifests.apply(modules, modulesDir));
    }

    /** FileInstall's folder, where a manifest library given by name may lie. */
    private static Path deployDir(BundleContext context) {
        String dir = context.getProperty("felix.fileinstall.dir");
        return dir == null || dir.isBlank() ? null : Path.of(dir).toAbsolutePath();
    }
}
