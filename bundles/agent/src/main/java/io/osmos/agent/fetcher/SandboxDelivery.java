package io.osmos.agent.fetcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets one URI into a sandbox, straight or through the cache, then makes it executable or unpacks
 * it. Executable wins over extract, as in Mesos. Every failure becomes a {@link FetchException}.
 */
final class SandboxDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxDelivery.class);

    private final Downloader downloader;
    private final FetcherCache cache;
    private final Executor io;

    SandboxDelivery(Downloader downloader, FetcherCache cache, Executor io) {
        this.downloader = downloader;
        this.cache = cache;
        this.io = io;
    }

    CompletableFuture<FetchResult.Fetched> deliver(FetchPlan plan, FetchJob job) {
        if (job.isKilled()) {
            return CompletableFuture.failedFuture(new FetchException(plan.value(), "the fetch was killed"));
        }
        CompletableFuture<FetchResult.Fetched> delivered = plan.uri().getCache() && cache.capacity() > 0
                ? throughCache(plan, job)
                : CompletableFuture.supplyAsync(() -> bypassingCache(plan, job), io);
        return delivered.handle((fetched, failure) -> {
            if (failure != null) {
                throw FetchException.of(plan.value(), failure);
            }
            return fetched;
        });
    }

    private FetchResult.Fetched bypassingCache(FetchPlan plan, FetchJob job) {
        Path target = plan.targetIn(job.sandbox());
        downloader.download(plan.source(), target, job);
        if (plan.uri().getExecutable()) {
            makeExecutable(target, plan);
        } else if (plan.unpacks()) {
            Extractor.extract(target, plan, job.sandbox());
            return new FetchResult.Fetched(plan.value(), target, false, true);
        }
        return new FetchResult.Fetched(plan.value(), target, false, false);
    }

    private CompletableFuture<FetchResult.Fetched> throughCache(FetchPlan plan, FetchJob job) {
        FetcherCache.Lease lease = cache.acquire(job.user(), plan.source());
        CacheEntry entry = lease.entry();
        if (lease.creator()) {
            io.execute(() -> populate(entry, plan, job));
        }
        return entry.ready.handleAsync((file, failure) -> {
            if (failure == null) {
                return fromCache(file, plan, job, !lease.creator());
            }
            if (lease.creator()) {
                throw FetchException.of(plan.value(), failure);
            }
            // Another fetch's download failed (it may have been killed): fetch straight, as Mesos does.
            LOG.warn("Fetching '{}' straight into the sandbox: the cached download failed: {}", plan.value(),
                    FetchException.reason(FetchException.unwrap(failure)));
            return bypassingCache(plan, job);
        }, io).whenComplete((fetched, failure) -> cache.release(entry).ifPresent(Downloader::deleteQuietly));
    }

    private void populate(CacheEntry entry, FetchPlan plan, FetchJob job) {
        try {
            downloader.download(plan.source(), entry.file, job);
            cache.admit(entry, Files.size(entry.file)).forEach(Downloader::deleteQuietly);
            entry.ready.complete(entry.file);
        } catch (IOException | RuntimeException e) {
            cache.fail(entry);
            entry.ready.completeExceptionally(e instanceof FetchException ? e
                    : new FetchException(plan.value(), FetchException.reason(e)));
        }
    }

    /** Mesos unpacks a cached archive straight from the cache, and copies anything else. */
    private FetchResult.Fetched fromCache(Path file, FetchPlan plan, FetchJob job, boolean hit) {
        Path target = plan.targetIn(job.sandbox());
        if (plan.unpacks()) {
            Extractor.extract(file, plan, job.sandbox());
            return new FetchResult.Fetched(plan.value(), job.sandbox(), hit, true);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new FetchException(plan.value(), "cannot copy from the cache into the sandbox: "
                    + FetchException.reason(e));
        }
        if (plan.uri().getExecutable()) {
            makeExecutable(target, plan);
        }
        return new FetchResult.Fetched(plan.value(), target, hit, false);
    }

    private static void makeExecutable(Path file, FetchPlan plan) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new FetchException(plan.value(), "cannot make '" + plan.target() + "' executable: "
                    + FetchException.reason(e));
        }
    }

    /** Deletes what an earlier agent left in the cache folder: nothing indexes it any more. */
    static void emptyFolder(Path folder) {
        try {
            if (Files.exists(folder)) {
                TreeDeleter.deleteContents(folder);
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            // Not fatal: cached fetches fail with the reason, uncached ones do not need the folder.
            LOG.warn("Cannot empty the fetcher cache folder {}: {}", folder, e.toString());
        }
    }
}
