package io.osmos.master.validation;

import java.util.Optional;

/** Mesos's validateInputScalarValue: quantities an operator or framework may send. */
public final class Scalars {
    private Scalars() {
    }

    /** Why the value is not acceptable, or empty. */
    public static Optional<String> validate(double value) {
        if (Double.isInfinite(value)) {
            return Optional.of("Infinite values not supported");
        }
        if (Double.isNaN(value)) {
            return Optional.of("NaN not supported");
        }
        if (value != 0 && Math.abs(value) < Double.MIN_NORMAL) {
            return Optional.of("Subnormal values not supported");
        }
        if (value < 0) {
            return Optional.of("Negative values not supported");
        }
        return Optional.empty();
    }
}
