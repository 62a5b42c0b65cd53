/**
 * The Mesos files API on the agent: {@code /files/browse}, {@code /files/read},
 * {@code /files/download} and {@code /files/debug}, over virtual paths attached to real sandboxes.
 *
 * <p>Entry point: {@link io.osmos.agent.files.FilesEndpoint}. The agent creates one with its
 * http_prefix and an executor of daemon I/O threads, registers it as an
 * {@code io.osmos.runtime.http.whiteboard.HttpEndpoint} service with {@code osmos.http.path} =
 * {@code endpoint.servicePaths()} ({@code <http_prefix>/files/*}, and {@code /files/*} and
 * {@code /slave(1)/files/*} where Mesos clients look for it), and then:
 *
 * <ul>
 *   <li>when an executor run's sandbox is created: {@code attachSandbox(runDir, frameworkId, executorId)},
 *       which attaches it under its real path, its {@code runs/latest} path and
 *       {@code /frameworks/<fid>/executors/<eid>/runs/latest}, as a Mesos agent does;</li>
 *   <li>when that sandbox is garbage collected: {@code detachSandbox(runDir, frameworkId, executorId)};</li>
 *   <li>optionally {@code attach("/slave/log", logFile)} for the agent's own log.</li>
 * </ul>
 *
 * <p>Answers follow Mesos: browse gives a JSON array of {@code {gid, mode, mtime, nlink, path, size, uid}}
 * sorted by name; read gives {@code {"data": ..., "offset": ...}}, at most 16 pages per call, and
 * offset -1 (or none) asks for the size only; download sends the file as an attachment. Paths that
 * lead outside an attached directory, through ".." or a symbolic link, get 403; missing ones 404; a
 * missing path parameter, a bad offset or length, or a directory where a file is wanted, 400.
 */
package io.osmos.agent.files;
