/**
 * Oversubscription: {@link io.osmos.api.oversubscription.ResourceEstimator}, which says how much of an
 * agent's allocated but idle capacity may be offered again as revocable resources, and
 * {@link io.osmos.api.oversubscription.QoSController}, which protects the agent's regular tasks by
 * asking for revocable work to be killed. Plugins implement both.
 *
 * <p>Matches the Mesos resource estimator and QoS controller modules ({@code --resource_estimator},
 * {@code --qos_controller}); built-in: {@code noop} for both, {@code fixed} estimator, {@code load}
 * QoS controller.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.oversubscription;
