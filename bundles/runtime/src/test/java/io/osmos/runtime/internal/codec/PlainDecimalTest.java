package io.osmos.runtime.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers printed without an exponent read exactly as BigDecimal's plain form of Java's shortest form. */
class PlainDecimalTest {
    @Test
    void timestampsTinyAmountsAndWholeNumbersAsMesosPrintsThem() {
        assertEquals("1767225612.3", PlainDecimal.of("1.7672256123E9"));
        assertEquals("10000000", PlainDecimal.of("1.0E7"));
        assertEquals("0.0001", PlainDecimal.of("1.0E-4"));
        assertEquals("-0.00015", PlainDecimal.of("-1.5E-4"));
        assertEquals("4.0", PlainDecimal.of("4.0"), "no exponent: as Java prints it");
    }

    @Test
    void agreesWithBigDecimalOnDoublesAndFloatsOfEveryMagnitude() {
        Random random = new Random(4);
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                assertSame(Double.toString(d));
                assertSame(Float.toString((float) d));
            }
            double scaled = random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            assertSame(Double.toString(scaled));
            assertSame(Double.toString(Math.rint(scaled)));
        }
    }

    private static void assertSame(String text) {
        if (text.contains("Infinity") || text.contains("NaN")) {
            return;
        }
        String expected = text.contains("E") ? new BigDecimal(text).stripTrailingZeros().toPlainString() : text;
        assertEquals(expected, PlainDecimal.of(text), text);
    }
}
