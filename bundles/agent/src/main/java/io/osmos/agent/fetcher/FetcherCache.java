package io.osmos.agent.fetcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The fetcher cache's index, as in Mesos: entries keyed by user and URI ({@code user@uri}), files
 * named {@code c<serial>-<basename>} in a folder per user, least recently used entries evicted
 * first once the total passes the cache size. Only the index lives here; file I/O happens outside
 * the lock, on the fetcher's threads, with the lists of files these methods return.
 */
final class FetcherCache {
    private final Path directory;
    private final long capacity;
    /** In access order: iteration starts at the least recently used entry. */
    private final LinkedHashMap<String, CacheEntry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long used;
    private long serial;

    FetcherCache(Path directory, long capacity) {
        this.directory = directory;
        this.capacity = capacity;
    }

    /** A lease on the entry for this user and URI; {@code creator} means the caller must download it. */
    record Lease(CacheEntry entry, boolean creator) {
    }

    synchronized Lease acquire(Optional<String> user, UriSource source) {
        String key = user.map(u -> u + "@" + source.value()).orElse(source.value());
        CacheEntry entry = entries.get(key);
        boolean creator = entry == null;
        if (creator) {
            Path folder = user.map(directory::resolve).orElse(directory);
            entry = new CacheEntry(key, folder.resolve("c" + ++serial + "-" + shorten(source.basename())));
            entries.put(key, entry);
        }
        entry.references++;
        return new Lease(entry, creator);
    }

    /**
     * Counts a finished download in, evicting unused entries from the least recently used on until it
     * fits. An entry that cannot fit is retired: it serves the fetches waiting for it, then goes.
     *
     * @return files of evicted entries, to delete
     */
    synchronized List<Path> admit(CacheEntry entry, long size) {
        entry.size = size;
        List<Path> evicted = new ArrayList<>();
        for (Iterator<CacheEntry> it = entries.values().iterator(); it.hasNext() && used + size > capacity;) {
            CacheEntry old = it.next();
            if (old != entry && old.references == 0 && old.ready.isDone()) {
                it.remove();
                used -= old.size;
                old.retired = true;
                evicted.add(old.file);
            }
        }
        if (used + size > capacity) {
            entries.remove(entry.key, entry);
            entry.retired = true;
        } else {
            used += size;
        }
        return evicted;
    }

    /** Forgets an entry whose download failed, so the next fetch tries again. */
    synchronized void fail(CacheEntry entry) {
        entries.remove(entry.key, entry);
        entry.retired = true;
    }

    /** @return the entry's file when it was retired and this was its last user, to delete */
    synchronized Optional<Path> release(CacheEntry entry) {
        entry.references--;
        return entry.retired && entry.references == 0 ? Optional.of(entry.file) : Optional.empty();
    }

    synchronized long usedBytes() {
        return used;
    }

    long capacity() {
        return capacity;
    }

    /** Mesos keeps at most 20 characters of the name, the extension always among them. */
    private static String shorten(String basename) {
        String name = basename.isEmpty() ? "download" : basename.replace('/', '_');
        return name.length() <= 20 ? name : name.substring(0, 10) + "_" + name.substring(name.length() - 10);
    }
}
