package io.osmos.master.validation;

import io.osmos.api.resources.Roles;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.Map;
import java.util.Optional;

/** The operator's UPDATE_WEIGHTS and UPDATE_QUOTA, checked as Mesos checks them, with its messages. */
public final class RoleCallValidator {
    // Mesos's caps, beyond which its fixed-point scalars overflow: 1 exabyte in MB, and 1 trillion.
    private static final double MAX_MEGABYTES = 1024d * 1024 * 1024 * 1024;
    private static final double MAX_OTHER = 1e12;

    private RoleCallValidator() {
    }

    /** Why a weight may not be set, or empty; the role has been trimmed already. */
    public static Optional<String> weight(WeightInfo weight, String role) {
        try {
            Roles.validate(role);
        } catch (IllegalArgumentException e) {
            return Optional.of("Failed to validate update weights request JSON: Invalid role '" + role + "': "
                    + e.getMessage());
        }
        if (!(weight.getWeight() > 0)) {
            return Optional.of("Failed to validate update weights request JSON for role '" + role + "': Invalid"
                    + " weight '" + weight.getWeight() + "': Weights must be positive");
        }
        return Optional.empty();
    }

    /** Mesos's quota::validate plus its refusal of nested roles. */
    public static Optional<String> quota(QuotaConfig config) {
        String role = config.getRole();
        if (role.contains("/")) {
            return Optional.of("Updating quota on nested role '" + role + "' is not supported yet");
        }
        try {
            Roles.validate(role);
        } catch (IllegalArgumentException e) {
            return Optional.of("Invalid QuotaConfig: Invalid 'QuotaConfig.role': " + e.getMessage());
        }
        Optional<String> error = tooLarge(config.getGuaranteesMap()).map(e -> "Invalid 'QuotaConfig.guarantees': " + e)
                .or(() -> tooLarge(config.getLimitsMap()).map(e -> "Invalid 'QuotaConfig.limits': " + e))
                .or(() -> scalars(config.getGuaranteesMap(), "guarantee"))
                .or(() -> scalars(config.getLimitsMap(), "limit"));
        if (error.isEmpty()) {
            for (Map.Entry<String, Value.Scalar> guarantee : config.getGuaranteesMap().entrySet()) {
                Value.Scalar limit = config.getLimitsMap().get(guarantee.getKey());
                if (limit != null && limit.getValue() < guarantee.getValue().getValue()) {
                    error = Optional.of("'QuotaConfig.guarantees' " + text(config.getGuaranteesMap())
                            + " is not contained within the 'QuotaConfig.limits' " + text(config.getLimitsMap()));
                    break;
                }
            }
        }
        return error.map(e -> "Invalid QuotaConfig: " + e);
    }

    private static Optional<String> tooLarge(Map<String, Value.Scalar> quantities) {
        for (Map.Entry<String, Value.Scalar> quantity : quantities.entrySet()) {
            boolean bytes = quantity.getKey().equals("mem") || quantity.getKey().equals("disk");
            double value = quantity.getValue().getValue();
            if (bytes && value > MAX_MEGABYTES) {
                return Optional.of("{'" + quantity.getKey() + "': " + value + "} is invalid: values greater than 1"
                        + " exabyte (1099511627776) are not supported");
            }
            if (!bytes && value > MAX_OTHER) {
                return Optional.of("{'" + quantity.getKey() + "': " + value + "} is invalid: values greater than 1"
                        + " trillion (1000000000000) are not supported");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> scalars(Map<String, Value.Scalar> quantities, String what) {
        for (Map.Entry<String, Value.Scalar> quantity : quantities.entrySet()) {
            Optional<String> invalid = Scalars.validate(quantity.getValue().getValue());
            if (invalid.isPresent()) {
                return Optional.of("Invalid " + what + " configuration {'" + quantity.getKey() + "': "
                        + quantity.getValue().getValue() + "}: " + invalid.get());
            }
        }
        return Optional.empty();
    }

    static String text(Map<String, Value.Scalar> quantities) {
        StringBuilder text = new StringBuilder("{");
        new java.util.TreeMap<>(quantities).forEach((name, value) ->
                text.append(text.length() > 1 ? ", " : "").append(name).append(':').append(value.getValue()));
        return text.append('}').toString();
    }
}
