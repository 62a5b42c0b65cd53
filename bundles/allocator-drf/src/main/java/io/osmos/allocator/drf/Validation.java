package io.osmos.allocator.drf;

import io.osmos.api.resources.Roles;
import io.osmos.protocol.v1.Protos.WeightInfo;
import java.util.List;

/**
 * Checks of operator input, made on the master's thread so that a bad request fails where it was
 * made, naming what is wrong, instead of being logged later by the allocator's actor.
 */
final class Validation {
    private Validation() {
    }

    /** @throws IllegalArgumentException for an invalid role, or one below the top level */
    static void checkQuotaRole(String role) {
        Roles.validate(role);
        if (role.contains("/")) {
            throw new IllegalArgumentException("Quota can only be set on top-level roles, not on '" + role + "'");
        }
    }

    /** @throws IllegalArgumentException naming the first weight without a valid role or a positive value */
    static void checkWeights(List<WeightInfo> weights) {
        for (WeightInfo weight : weights) {
            if (!weight.hasRole()) {
                throw new IllegalArgumentException("A weight needs a role: " + weight);
            }
            Roles.validate(weight.getRole());
            if (!(weight.getWeight() > 0) || Double.isInfinite(weight.getWeight())) {
                throw new IllegalArgumentException("The weight of role '" + weight.getRole()
                        + "' must be a positive number, not " + weight.getWeight());
            }
        }
    }
}
