/**
 * Leader election and discovery: {@link io.osmos.api.detector.MasterContender}, with which a master
 * runs for leader, and {@link io.osmos.api.detector.MasterDetector}, with which agents, frameworks and
 * masters find the leader. Plugins implement both.
 *
 * <p>Matches the Mesos master contender and detector modules ({@code --master_contender},
 * {@code --master_detector}); built-in: {@code standalone}, {@code zookeeper} (the Mesos layout:
 * ephemeral sequential {@code json.info_} nodes holding MasterInfo JSON), {@code etcd}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.detector;
