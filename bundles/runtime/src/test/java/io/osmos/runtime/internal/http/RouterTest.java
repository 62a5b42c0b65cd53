package io.osmos.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
    private final Router router = new Router();
    private final HttpEndpoint first = exchange -> { };
    private final HttpEndpoint second = exchange -> { };

    @Test
    void onEqualPathsTheHigherRankingWinsThenTheEarlierService() {
        router.add(1L, "/state", 0, 1, first);
        router.add(2L, "/state", 0, 2, second);
        assertSame(first, router.lookup("/state"));
        router.add(2L, "/state", 10, 2, second);
        assertSame(second, router.lookup("/state"));
    }

    @Test
    void oneServiceMayServeSeveralPathsAndLeavesWithAllOfThem() {
        router.add(7L, List.of("/state", "/master/state", "/files/*"), 0, 7, first);
        assertSame(first, router.lookup("/master/state"));
        assertSame(first, router.lookup("/files/read"));
        router.remove(7L);
        assertNull(router.lookup("/state"));
        assertNull(router.lookup("/files/read"));
    }

    @Test
    void aRootPrefixCatchesEverythingElse() {
        router.add(1L, "/*", 0, 1, first);
        router.add(2L, "/health", 0, 2, second);
        assertSame(first, router.lookup("/anything/at/all"));
        assertSame(second, router.lookup("/health"));
    }

    @Test
    void relativeOrMissingPathsAreRefusedWithTheReason() {
        assertEquals("osmos.http.path must be an absolute path such as '/api/v1/scheduler' or '/files/*', got 'state'",
                assertThrows(IllegalArgumentException.class, () -> router.add(1L, "state", 0, 1, first)).getMessage());
        assertEquals("osmos.http.path is missing",
                assertThrows(IllegalArgumentException.class,
                        () -> router.add(1L, List.of(), 0, 1, first)).getMessage());
    }
}
