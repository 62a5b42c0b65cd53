package io.osmos.agent.fetcher;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * One cached download. Fetches that want it while it downloads wait on {@link #ready}, so concurrent
 * fetches of one URI share one download. The other fields belong to {@link FetcherCache}'s lock.
 */
final class CacheEntry {
    final String key;
    final Path file;
    /** Completes with the file once downloaded, or fails with the download's reason. */
    final CompletableFuture<Path> ready = new CompletableFuture<>();

    long size;
    /** Fetches using the file right now; an entry in use is never evicted. */
    int references;
    /** Left the cache (evicted, too big, or failed): the file goes once the last user lets go. */
    boolean retired;

    CacheEntry(String key, Path file) {
        this.key = key;
        this.file = file;
    }
}
