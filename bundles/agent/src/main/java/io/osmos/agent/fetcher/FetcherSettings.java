package io.osmos.agent.fetcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The fetcher's flags, named as on a Mesos agent.
 *
 * @param cacheDir {@code --fetcher_cache_dir}: where cached downloads live. Emptied when the fetcher
 *     starts, because the cache index lives in memory only.
 * @param cacheSizeBytes {@code --fetcher_cache_size}: the most the cache may hold; 0 turns caching off
 * @param stallTimeout {@code --fetcher_stall_timeout}: a download that receives no data for this long
 *     is abandoned
 */
public record FetcherSettings(Path cacheDir, long cacheSizeBytes, Duration stallTimeout) {
    /** Mesos's default {@code --fetcher_cache_size}: 2GB. */
    public static final long DEFAULT_CACHE_SIZE_BYTES = 2L * 1024 * 1024 * 1024;

    /** Mesos's default {@code --fetcher_stall_timeout}: 1mins. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofMinutes(1);

    public FetcherSettings {
        Objects.requireNonNull(cacheDir, "fetcher_cache_dir");
        Objects.requireNonNull(stallTimeout, "fetcher_stall_timeout");
        if (!cacheDir.isAbsolute() || cacheDir.getParent() == null) {
            // The cache folder is emptied on start: never let that be "/" or a relative surprise.
            throw new IllegalArgumentException("fetcher_cache_dir must be an absolute path below '/', got '"
                    + cacheDir + "'");
        }
        if (cacheSizeBytes < 0) {
            throw new IllegalArgumentException("fetcher_cache_size must not be negative, got " + cacheSizeBytes);
        }
        if (stallTimeout.isNegative() || stallTimeout.isZero() || stallTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("fetcher_stall_timeout must be positive and under 24 days, got "
                    + stallTimeout);
        }
    }

    /**
     * The defaults for an agent: a 2GB cache in {@code <work_dir>/fetch} (one cache per agent, so two
     * agents on one host never empty each other's cache) and a one-minute stall timeout.
     */
    public static FetcherSettings defaults(Path workDir) {
        return new FetcherSettings(workDir.toAbsolutePath().resolve("fetch"), DEFAULT_CACHE_SIZE_BYTES,
                DEFAULT_STALL_TIMEOUT);
    }
}
