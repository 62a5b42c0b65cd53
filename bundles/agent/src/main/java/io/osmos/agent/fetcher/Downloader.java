package io.osmos.agent.fetcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Brings one URI's bytes to a file: copies a local file, or downloads it over HTTP(S). Blocking: runs
 * on the fetcher's I/O threads only. A partial file is deleted when anything goes wrong.
 */
final class Downloader {
    private final HttpDownloader http;

    Downloader(Duration stallTimeout, Executor io) {
        this.http = new HttpDownloader(stallTimeout, io);
    }

    /**
     * @param job the fetch this belongs to: killing it aborts the download in hand
     * @throws FetchException naming the URI and the reason
     */
    void download(UriSource source, Path target, FetchJob job) {
        try {
            Files.createDirectories(target.getParent());
            if (source.isLocal()) {
                copy(source, target);
            } else {
                http.get(source, target, job);
            }
        } catch (InterruptedException e) {
            deleteQuietly(target);
            Thread.currentThread().interrupt();
            throw new FetchException(source.value(), "interrupted");
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            if (job.isKilled()) {
                throw new FetchException(source.value(), "the fetch was killed");
            }
            if (e instanceof FetchException fetch) {
                throw fetch;
            }
            throw new FetchException(source.value(), describe(e));
        }
    }

    private static void copy(UriSource source, Path target) throws IOException {
        Path file = source.localPath();
        if (!Files.exists(file)) {
            throw new FetchException(source.value(), "'" + file + "' does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new FetchException(source.value(), "'" + file + "' is a directory, not a file");
        }
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + e.getMessage();
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return "cannot connect: " + FetchException.reason(e);
        }
        return e.getClass().getSimpleName() + ": " + FetchException.reason(e);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the sandbox or cache folder will be removed as a whole later
        }
    }
}
