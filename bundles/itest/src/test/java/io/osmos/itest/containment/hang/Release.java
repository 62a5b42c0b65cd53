package io.osmos.itest.containment.hang;

import java.util.concurrent.CountDownLatch;

/** The latch a hanging hook waits on; only the hook's deactivation opens it. */
final class Release {
    private final CountDownLatch latch = new CountDownLatch(1);

    void awaitRelease() {
        try {
            latch.await();
        } catch (InterruptedException e) {
            // the platform gave up on the call and interrupted its thread: that ends the hang too
            Thread.currentThread().interrupt();
        }
    }

    void release() {
        latch.countDown();
    }
}
