/**
 * Hooks: {@link io.osmos.api.hook.MasterHook} and {@link io.osmos.api.hook.AgentHook}, which plugins
 * implement to decorate or observe the master and agent at the eleven points where Mesos calls its hook
 * modules. The method names are Mesos's own, "slave" included, so that a Mesos hook author finds them.
 *
 * <table>
 * <caption>The Mesos hook points</caption>
 * <tr><th>hook point</th><th>interface</th><th>kind</th><th>called by Osmos</th></tr>
 * <tr><td>masterLaunchTaskLabelDecorator</td><td>MasterHook</td><td>decorator</td><td>yes</td></tr>
 * <tr><td>masterLaunchTaskResourceDecorator</td><td>MasterHook</td><td>decorator</td><td>yes</td></tr>
 * <tr><td>masterSlaveLostHook</td><td>MasterHook</td><td>notification</td><td>yes</td></tr>
 * <tr><td>slaveRunTaskLabelDecorator</td><td>AgentHook</td><td>decorator</td><td>yes</td></tr>
 * <tr><td>slaveExecutorEnvironmentDecorator</td><td>AgentHook</td><td>decorator</td><td>yes</td></tr>
 * <tr><td>slavePreLaunchDockerTaskExecutorDecorator</td><td>AgentHook</td><td>decorator</td>
 *     <td>no: Osmos has no Docker containerizer</td></tr>
 * <tr><td>slavePostFetchHook</td><td>AgentHook</td><td>notification</td><td>yes</td></tr>
 * <tr><td>slaveRemoveExecutorHook</td><td>AgentHook</td><td>notification</td><td>yes</td></tr>
 * <tr><td>slaveTaskStatusDecorator</td><td>AgentHook</td><td>decorator</td><td>yes</td></tr>
 * <tr><td>slaveResourcesDecorator</td><td>AgentHook</td><td>decorator</td><td>yes</td></tr>
 * <tr><td>slaveAttributesDecorator</td><td>AgentHook</td><td>decorator</td><td>yes</td></tr>
 * </table>
 *
 * <p><b>Whiteboard.</b> Every registered hook service is called; there is no selection by
 * {@code osmos.module.name}, but the name orders them: hooks named in the {@code --hooks} configuration
 * come first, in that order, and the others follow by {@code service.ranking} (highest first, then
 * oldest registration first). Every method has a default that does nothing, so a hook overrides only
 * the points it cares about.
 *
 * <p><b>Decorators chain.</b> Each hook sees the value the previous hook produced; a returned value
 * replaces the decorated field, an empty result leaves it as it was.
 *
 * <p><b>Failures are never fatal.</b> A hook that throws, or that runs past the platform's hook time
 * budget, is skipped for that call: its result is discarded, the chain goes on with the previous value,
 * and the failure is logged and counted. Hooks may be called from several threads at once for different
 * tasks, so they must be thread-safe.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.osmos.api.hook;
