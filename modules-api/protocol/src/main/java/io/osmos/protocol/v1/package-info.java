/**
 * Mesos v1 shared messages (identifiers, resources, offers, tasks, statuses), generated from
 * {@code mesos/v1/mesos.proto} into the outer class {@code Protos}. 1.1: {@code ContainerInfo.DockerInfo}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.osmos.protocol.v1;
