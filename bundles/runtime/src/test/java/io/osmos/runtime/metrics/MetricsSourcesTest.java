package io.osmos.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MetricsSourcesTest {

    @Test
    void everySourceIsMergedAndAFailingOrHangingOneIsLeftOut() throws Exception {
        MetricsSources sources = new MetricsSources();
        sources.add(() -> CompletableFuture.completedFuture(Map.of("modules/bundles_unresolved", 2)));
        sources.add(() -> CompletableFuture.supplyAsync(() -> Map.of("plugin/answers", 7L)));
        sources.add(() -> {
            throw new IllegalStateException("a plugin's bug");
        });
        sources.add(() -> CompletableFuture.failedFuture(new IllegalStateException("failed later")));
        sources.add(CompletableFuture::new); // never answers

        Map<String, Number> all = sources.gather().get(MetricsSources.PATIENCE.toSeconds() + 10, TimeUnit.SECONDS);

        assertEquals(Map.of("modules/bundles_unresolved", 2, "plugin/answers", 7L), all);
    }

    @Test
    void aRemovedSourceIsNoLongerAsked() throws Exception {
        MetricsSources sources = new MetricsSources();
        MetricsSource source = () -> CompletableFuture.completedFuture(Map.of("a/b", 1));
        sources.add(source);
        sources.remove(source);

        assertEquals(Map.of(), sources.gather().get(5, TimeUnit.SECONDS));
    }
}
