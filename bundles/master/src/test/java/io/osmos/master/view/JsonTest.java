package io.osmos.master.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers in the classic JSON: the quick way gives what BigDecimal's plain form gives. */
class JsonTest {
    @Test
    void timestampsAndAmountsAsMesosShowsThem() {
        assertEquals("1767225612.3", Json.plain(1.7672256123E9));
        assertEquals("10000000", Json.plain(1e7));
        assertEquals("4.0", Json.plain(4));
        assertEquals("0.0", Json.plain(-0.0));
        assertEquals("0.00010", Json.plain(1e-4), "as BigDecimal shows it");
    }

    @Test
    void agreesWithBigDecimalOnDoublesOfEveryMagnitude() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double any = Double.longBitsToDouble(random.nextLong());
            double scaled = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 15);
            for (double d : new double[] {any, scaled, Math.rint(scaled)}) {
                if (Double.isFinite(d)) {
                    assertEquals(BigDecimal.valueOf(d).toPlainString(), Json.plain(d), Double.toString(d));
                }
            }
        }
    }
}
