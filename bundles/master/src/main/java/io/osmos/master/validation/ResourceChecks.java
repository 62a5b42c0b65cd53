package io.osmos.master.validation;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.List;

/** Resource rules of a launch (Mesos's resource::validate and friends), each failure naming why. */
final class ResourceChecks {
    private ResourceChecks() {
    }

    /** Reads the resources; throws {@link Refusal} with {@code what} and the reason when they are invalid. */
    static Resources parse(List<Resource> resources, String what) {
        ResourceRules.validate(resources).ifPresent(error -> {
            throw new Refusal(what + " invalid resources: " + error);
        });
        return Resources.of(resources);
    }

    /** Mesos refuses revocable and non-revocable resources of one name side by side. */
    static void notMixingRevocable(Resources resources, String what) {
        for (String name : resources.names()) {
            Resources named = resources.named(name);
            Resources revocable = named.revocable();
            if (!revocable.isEmpty() && !revocable.equals(named)) {
                throw new Refusal(what + " revocable and non-revocable resources: Cannot use both revocable and"
                        + " non-revocable '" + name + "' at the same time");
            }
        }
    }

    /** A launch refused for a reason the framework gets in its TASK_ERROR. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
