package io.osmos.launcher;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * After start-up, asks Declarative Services whether any component of the feature's bundles failed
 * to activate (an HTTP port already in use, a bad configuration) so start-up fails with that one
 * reason instead of running half a platform. The DS runtime API lives in a bundle the launcher
 * cannot see, so it is read through reflection on the service and its public DTO fields.
 */
final class ComponentFailures {
    static final String RUNTIME = "org.osgi.service.component.runtime.ServiceComponentRuntime";
    // ComponentConfigurationDTO.FAILED_ACTIVATION (DS 1.4 and later)
    private static final int FAILED_ACTIVATION = 16;

    private ComponentFailures() {
    }

    static void check(BundleContext context, List<Bundle> bundles) throws LaunchException {
        ServiceReference<?> ref = context.getServiceReference(RUNTIME);
        if (ref == null) {
            return;
        }
        Object scr = context.getService(ref);
        try {
            Class<?> api = ref.getBundle().loadClass(RUNTIME);
            Method descriptions = api.getMethod("getComponentDescriptionDTOs", Bundle[].class);
            Method configurations = java.util.Arrays.stream(api.getMethods())
                    .filter(m -> m.getName().equals("getComponentConfigurationDTOs") && m.getParameterCount() == 1)
                    .findFirst().orElseThrow(() -> new NoSuchMethodException("getComponentConfigurationDTOs"));
            for (Object description : (Collection<?>) descriptions.invoke(scr, (Object) bundles.toArray(Bundle[]::new))) {
                for (Object configuration : (Collection<?>) configurations.invoke(scr, description)) {
                    if (field(configuration, "state").equals(FAILED_ACTIVATION)) {
                        throw new LaunchException("component " + field(description, "name") + " of bundle "
                                + field(field(description, "bundle"), "symbolicName") + " failed to activate: "
                                + firstLine(field(configuration, "failure")));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Only a diagnosis: a DS runtime of another shape must not stop a healthy start.
            org.slf4j.LoggerFactory.getLogger(ComponentFailures.class)
                    .debug("Cannot inspect components: {}", LaunchException.reason(e));
        } finally {
            context.ungetService(ref);
        }
    }

    /** DS reports a stack trace; its first line, without the exception class, is the reason. */
    private static String firstLine(Object failure) {
        String line = String.valueOf(failure).lines().findFirst().orElse("");
        return line.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    }

    private static Object field(Object dto, String name) throws ReflectiveOperationException {
        return dto.getClass().getField(name).get(dto);
    }
}
