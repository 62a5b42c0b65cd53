package io.osmos.agent.fetcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MesosBytesTest {
    @Test
    void parsesMesosSizes() {
        assertEquals(2L << 30, MesosBytes.parse("fetcher_cache_size", "2GB"));
        assertEquals(512L << 20, MesosBytes.parse("fetcher_cache_size", "512MB"));
        assertEquals(1536, MesosBytes.parse("fetcher_cache_size", "1.5KB"));
        assertEquals(100, MesosBytes.parse("fetcher_cache_size", "100B"));
        assertEquals(0, MesosBytes.parse("fetcher_cache_size", "0B"));
    }

    @Test
    void printsTheLargestWholeUnit() {
        assertEquals("2GB", MesosBytes.format(2L << 30));
        assertEquals("1536KB", MesosBytes.format(1536L * 1024));
        assertEquals("100B", MesosBytes.format(100));
    }

    @Test
    void aBadSizeNamesTheFlagAndTheForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MesosBytes.parse("fetcher_cache_size", "2 gigs"));
        assertEquals("Invalid size '2 gigs' for fetcher_cache_size: expected a number and one of the units "
                + "B, KB, MB, GB, TB (e.g. 2GB)", e.getMessage());
    }
}
