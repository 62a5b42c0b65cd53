/**
 * The Mesos fetcher: puts a command's {@code CommandInfo.URI}s into a container's sandbox before it
 * launches.
 *
 * <p>Entry point: {@link io.osmos.agent.fetcher.Fetcher}. Create one per agent start with
 * {@link io.osmos.agent.fetcher.FetcherSettings} (flags {@code --fetcher_cache_dir},
 * {@code --fetcher_cache_size}, {@code --fetcher_stall_timeout}) and an executor of daemon I/O threads,
 * then, once the sandbox exists and before the container launches:
 *
 * <pre>{@code
 * fetcher.fetch(containerId, command.getUrisList(), sandbox, Optional.of(user))
 *         .whenCompleteAsync((result, failure) -> {
 *             // failure: a FetchException (possibly wrapped in a CompletionException); its message is
 *             // the one-line reason for TASK_FAILED, e.g. "Failed to fetch 'http://h/a.tgz': HTTP status 404".
 *             // success: run slavePostFetchHook(containerId, sandbox), then launch.
 *         }, agentActor);
 * }</pre>
 *
 * <p>Call {@code kill(containerId)} when a container is destroyed while it fetches, and add
 * {@code metrics()} to the agent's {@code /metrics/snapshot}.
 *
 * <p>Behaviour follows the Mesos fetcher: http and https URIs (redirects followed, anything but 200
 * fails, a download that receives nothing for the stall timeout is abandoned), file URIs and plain
 * absolute paths (copied); the file is named after the URI's last path segment (without the query,
 * unlike Mesos) unless {@code output_file} names it; {@code executable} sets mode 755 and wins over
 * {@code extract};
 * {@code extract} (default true) unpacks .tar, .tgz, .tar.gz, .tbz2, .tar.bz2, .txz, .tar.xz (system
 * {@code tar}), .zip and lone .gz files (JDK), recognised by extension only; the archive stays in the
 * sandbox. With {@code cache: true} a download is kept per user and URI; concurrent fetches of one URI
 * share one download; the least recently used entries are evicted beyond the cache size; an entry
 * larger than the cache serves its fetch and is dropped.
 */
package io.osmos.agent.fetcher;
