package io.osmos.itest.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Declarative Services components as `scr:list` shows them. */
public final class Components {
    private Components() {
    }

    /** Every component configuration whose activate threw, with the reason SCR recorded. */
    public static List<String> failedActivations(BundleContext context) {
        ServiceComponentRuntime scr = Services.await(context, ServiceComponentRuntime.class, Duration.ofSeconds(10));
        List<String> failed = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    failed.add(description.name + " in " + description.bundle.symbolicName + ": "
                            + rootCause(configuration.failure));
                }
            }
        }
        return failed;
    }

    /** The innermost "Caused by" of the recorded stack trace: the reason, not the reflection around it. */
    private static String rootCause(String failure) {
        if (failure == null) {
            return "(no reason recorded)";
        }
        return failure.lines().filter(l -> l.startsWith("Caused by: ")).reduce((first, last) -> last)
                .map(l -> l.substring("Caused by: ".length()))
                .orElseGet(() -> failure.lines().findFirst().orElse(failure));
    }
}
