package io.osmos.api.resources;

import java.math.BigDecimal;

/**
 * Mesos's fixed point for scalar resources: amounts are kept as whole thousandths, so that
 * {@code 0.1 + 0.2 - 0.3} is exactly zero and every agent and master rounds the same way.
 */
final class Scalars {
    /** The largest amount whose thousandths still fit in a long. */
    static final double MAX = Long.MAX_VALUE / 1000L;

    private Scalars() {
    }

    /** Rounds to the nearest thousandth, halves away from zero as Mesos's llround does. */
    static long toMillis(double value) {
        return Math.round(value * 1000.0);
    }

    static double toDouble(long millis) {
        // Integer part and fraction apart, as Mesos does, so only [0, 999] / 1000 is divided.
        return (double) (millis / 1000) + (double) (millis % 1000) / 1000.0;
    }

    /** Shortest plain decimal form: 4, 0.5, 8192, 1.125. */
    static String format(long millis) {
        if (millis % 1000 == 0) {
            return Long.toString(millis / 1000);
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
}
