package io.osmos.agent.fetcher;

import java.nio.file.Path;
import java.util.List;

/** What one fetch put into a sandbox, one entry per URI in the order given. */
public record FetchResult(List<Fetched> uris) {
    public FetchResult {
        uris = List.copyOf(uris);
    }

    /**
     * One URI's outcome.
     *
     * @param uri the URI's value
     * @param file the file in the sandbox (for an archive taken straight from the cache and unpacked,
     *     where the archive itself was not copied into the sandbox: the sandbox directory)
     * @param fromCache true when an earlier fetch's cached download served it
     * @param extracted true when it was an archive and was unpacked into the sandbox
     */
    public record Fetched(String uri, Path file, boolean fromCache, boolean extracted) {
    }
}
