package io.osmos.simulator.framework;

/**
 * How a simulated framework launches.
 *
 * @param tasks how many tasks it launches in all
 * @param tasksPerOffer at most this many tasks per offer; 0: as many as fit
 * @param launchWindow at most this many tasks accepted and not yet running; 0: no limit. Offers that
 *     arrive while the window is full are held, as real frameworks hold them, until tasks come up.
 */
public record FrameworkSettings(String name, int tasks, TaskShape shape, int tasksPerOffer, int launchWindow) {
    public FrameworkSettings {
        if (tasks < 0 || tasksPerOffer < 0 || launchWindow < 0) {
            throw new IllegalArgumentException("task counts must not be negative, got tasks=" + tasks
                    + " tasks_per_offer=" + tasksPerOffer + " launch_window=" + launchWindow);
        }
    }
}
