/**
 * Garbage collection of finished sandboxes, as on a Mesos agent.
 *
 * <p>Entry point: {@link io.osmos.agent.gc.GarbageCollector}. Create one per agent with
 * {@link io.osmos.agent.gc.GcSettings} (flags {@code --gc_delay}, {@code --disk_watch_interval},
 * {@code --gc_disk_headroom}), the work_dir and an executor of daemon I/O threads; call
 * {@code start()} to begin the disk watch and {@code close()} when the agent stops.
 *
 * <ul>
 *   <li>An executor's run is finished (its container is gone and its updates are acknowledged):
 *       {@code gc.schedule(executorRunDir, settings.gcDelay())}; Mesos also schedules the executor
 *       directory, and the framework directory once the framework is gone.</li>
 *   <li>Recovery finds a finished run on disk: {@code gc.garbageCollect(dir)}, which ages it by its
 *       modification time.</li>
 *   <li>A recovered executor still uses a scheduled directory: {@code gc.unschedule(dir)}.</li>
 *   <li>Add {@code gc.metrics()} to the agent's {@code /metrics/snapshot}.</li>
 * </ul>
 *
 * <p>Every disk_watch_interval the collector measures the work_dir's file system and deletes at once
 * whatever is due within {@code gc_delay - maxAllowedAge}, where
 * {@code maxAllowedAge = gc_delay * max(0, 1 - gc_disk_headroom - usage)}. Deleting never follows
 * symbolic links and carries on past errors.
 */
package io.osmos.agent.gc;
