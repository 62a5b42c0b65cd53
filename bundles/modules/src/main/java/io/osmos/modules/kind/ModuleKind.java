package io.osmos.modules.kind;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every module kind Mesos loads, the service interface a module registers, and where the platform
 * reads which modules to use. The property names are the Mesos flags that choose them; the table is
 * repeated in the bundle's README.
 */
public enum ModuleKind {
    ALLOCATOR("allocator", "io.osmos.api.allocator.Allocator", Choice.ONE,
            new Slot(Slot.MASTER_PID, "allocator", "hierarchical")),
    AUTHENTICATOR("authenticator", "io.osmos.api.auth.Authenticator", Choice.LIST,
            new Slot(Slot.MASTER_PID, "http_authenticators", "")),
    AUTHORIZER("authorizer", "io.osmos.api.authorizer.Authorizer", Choice.ONE,
            new Slot(Slot.MASTER_PID, "authorizers", "")),
    ISOLATOR("isolator", "io.osmos.api.isolator.Isolator", Choice.LIST,
            new Slot(Slot.AGENT_PID, "isolation", "posix/cpu,posix/mem")),
    MASTER_CONTENDER("master_contender", "io.osmos.api.detector.MasterContender", Choice.ONE,
            new Slot(Slot.MASTER_PID, "master_contender", "")),
    // both a master (to follow the leader) and an agent (to find it) use a detector
    MASTER_DETECTOR("master_detector", "io.osmos.api.detector.MasterDetector", Choice.ONE,
            new Slot(Slot.MASTER_PID, "master_detector", ""), new Slot(Slot.AGENT_PID, "master_detector", "")),
    MASTER_HOOK("master_hook", "io.osmos.api.hook.MasterHook", Choice.ORDER,
            new Slot(Slot.MASTER_PID, "hooks", "")),
    AGENT_HOOK("agent_hook", "io.osmos.api.hook.AgentHook", Choice.ORDER,
            new Slot(Slot.AGENT_PID, "hooks", "")),
    QOS_CONTROLLER("qos_controller", "io.osmos.api.oversubscription.QoSController", Choice.ONE,
            new Slot(Slot.AGENT_PID, "qos_controller", "")),
    RESOURCE_ESTIMATOR("resource_estimator", "io.osmos.api.oversubscription.ResourceEstimator", Choice.ONE,
            new Slot(Slot.AGENT_PID, "resource_estimator", "")),
    STORAGE("storage", "io.osmos.api.state.Storage", Choice.ONE,
            new Slot(Slot.MASTER_PID, "registry", ""));

    /**
     * The service property naming a module ({@code io.osmos.api.Modules.NAME}). Spelled out here, as
     * the service names above are, so this bundle is wired to no API package: it lists modules built
     * against any API version and is never refreshed when the API bundle is.
     */
    public static final String MODULE_NAME = "osmos.module.name";

    private final String id;
    private final String service;
    private final Choice choice;
    private final List<Slot> slots;

    ModuleKind(String id, String service, Choice choice, Slot... slots) {
        this.id = id;
        this.service = service;
        this.choice = choice;
        this.slots = List.of(slots);
    }

    /** The kind as operators write it, e.g. {@code master_hook}. */
    public String id() {
        return id;
    }

    /** The fully qualified name of the service interface modules of this kind register. */
    public String service() {
        return service;
    }

    /** The API package the service interface lives in, whose version a module is built against. */
    public String apiPackage() {
        return service.substring(0, service.lastIndexOf('.'));
    }

    public Choice choice() {
        return choice;
    }

    public List<Slot> slots() {
        return slots;
    }

    public static Optional<ModuleKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** Every kind id, for messages that list what is valid. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ModuleKind::id).toList());
    }
}
