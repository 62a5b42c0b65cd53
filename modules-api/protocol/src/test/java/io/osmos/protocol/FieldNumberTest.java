package io.osmos.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Field and enum numbers checked against the Mesos v1 protos: a renumbered field would silently
 * break binary compatibility with every Mesos client, so each one here must fail a test.
 */
class FieldNumberTest {

  private static final Map<String, FileDescriptor> FILES = Map.of(
      "mesos", io.osmos.protocol.v1.Protos.getDescriptor(),
      "scheduler", io.osmos.protocol.v1.scheduler.Protos.getDescriptor(),
      "executor", io.osmos.protocol.v1.executor.Protos.getDescriptor(),
      "master", io.osmos.protocol.v1.master.Protos.getDescriptor(),
      "agent", io.osmos.protocol.v1.agent.Protos.getDescriptor(),
      "quota", io.osmos.protocol.v1.quota.Protos.getDescriptor());

  @ParameterizedTest(name = "{0}: {1}.{2} = {3}")
  @CsvSource({
      "mesos, Resource, scalar, 3",
      "mesos, Resource, reservations, 13",
      "mesos, Resource, provider_id, 12",
      "mesos, Resource, allocation_info, 11",
      "mesos, Resource.ReservationInfo, type, 4",
      "mesos, Resource.ReservationInfo, role, 3",
      "mesos, Resource.DiskInfo.Source, vendor, 7",
      "mesos, FrameworkInfo, roles, 12",
      "mesos, FrameworkInfo, offer_filters, 13",
      "mesos, FrameworkInfo, capabilities, 10",
      "mesos, TaskStatus, uuid, 11",
      "mesos, TaskStatus, check_status, 15",
      "mesos, TaskStatus, limitation, 16",
      "mesos, TaskInfo, command, 7",
      "mesos, TaskInfo, limits, 15",
      "mesos, Task, user, 14",
      "mesos, ExecutorInfo, type, 15",
      "mesos, CommandInfo, shell, 6",
      "mesos, CommandInfo, arguments, 7",
      "mesos, CommandInfo.URI, output_file, 5",
      "mesos, Offer, allocation_info, 10",
      "mesos, Offer, domain, 11",
      "mesos, Offer.Operation, id, 12",
      "mesos, Offer.Operation, launch_group, 7",
      "mesos, Offer.Operation, shrink_volume, 14",
      "mesos, AgentInfo, port, 8",
      "mesos, AgentInfo, domain, 10",
      "mesos, MasterInfo, capabilities, 9",
      "mesos, HealthCheck, http, 1",
      "mesos, HealthCheck, tcp, 9",
      "mesos, ResourceStatistics, mem_rss_bytes, 5",
      "mesos, ResourceStatistics, processes, 30",
      "mesos, ResourceStatistics, cpus_soft_limit, 45",
      "mesos, Environment.Variable, secret, 4",
      "scheduler, Call, accept, 4",
      "scheduler, Call, decline, 5",
      "scheduler, Call, revive, 15",
      "scheduler, Call, suppress, 16",
      "scheduler, Call, acknowledge_operation_status, 17",
      "scheduler, Call, update_framework, 19",
      "scheduler, Call.Subscribe, offer_constraints, 3",
      "scheduler, Event, inverse_offers, 9",
      "scheduler, Event, update_operation_status, 11",
      "scheduler, Event.Subscribed, master_info, 3",
      "executor, Call, executor_id, 1",
      "executor, Call.Message, data, 2",
      "executor, Event, acknowledged, 3",
      "executor, Event, launch_group, 8",
      "master, Call, update_quota, 20",
      "master, Call, drain_agent, 21",
      "master, Call, teardown, 16",
      "master, Response, get_operations, 20",
      "master, Response.GetAgents.Agent, deactivated, 12",
      "master, Response.GetAgents.Agent, drain_info, 13",
      "master, Response.GetFrameworks.Framework, recovered, 11",
      "master, Response.GetTasks, unreachable_tasks, 5",
      "master, Event, framework_removed, 9",
      "agent, Call, get_containers, 20",
      "agent, Response, get_agent, 15",
      "quota, QuotaConfig, limits, 3",
  })
  void fieldKeepsItsMesosNumber(String file, String message, String field, int number) {
    FieldDescriptor descriptor = message(file, message).findFieldByName(field);
    assertNotNull(descriptor, message + "." + field + " is declared");
    assertEquals(number, descriptor.getNumber());
  }

  @ParameterizedTest(name = "{0}: {1}.{2} = {3}")
  @CsvSource({
      "mesos, TaskState, TASK_STAGING, 6",
      "mesos, TaskState, TASK_STARTING, 0",
      "mesos, TaskState, TASK_KILLING, 8",
      "mesos, TaskState, TASK_LOST, 5",
      "mesos, TaskState, TASK_GONE_BY_OPERATOR, 12",
      "mesos, TaskState, TASK_UNKNOWN, 13",
      "mesos, OperationState, OPERATION_UNKNOWN, 9",
      "mesos, TaskStatus.Reason, REASON_COMMAND_EXECUTOR_FAILED, 0",
      "mesos, TaskStatus.Reason, REASON_CONTAINER_LIMITATION_MEMORY, 8",
      "mesos, TaskStatus.Reason, REASON_AGENT_DRAINING, 34",
      "mesos, TaskStatus.Reason, REASON_MAX_COMPLETION_TIME_REACHED, 33",
      "mesos, TaskStatus.Source, SOURCE_EXECUTOR, 2",
      "mesos, FrameworkInfo.Capability.Type, REGION_AWARE, 8",
      "mesos, FrameworkInfo.Capability.Type, MULTI_ROLE, 6",
      "mesos, AgentInfo.Capability.Type, TASK_RESOURCE_LIMITS, 8",
      "mesos, Offer.Operation.Type, LAUNCH_GROUP, 6",
      "mesos, Offer.Operation.Type, GROW_VOLUME, 11",
      "mesos, Value.Type, RANGES, 1",
      "mesos, Resource.ReservationInfo.Type, DYNAMIC, 2",
      "mesos, ExecutorInfo.Type, CUSTOM, 2",
      "scheduler, Call.Type, ACCEPT_INVERSE_OFFERS, 13",
      "scheduler, Call.Type, UPDATE_FRAMEWORK, 17",
      "scheduler, Call.Type, RECONCILE_OPERATIONS, 16",
      "scheduler, Event.Type, HEARTBEAT, 8",
      "scheduler, Event.Type, UPDATE_OPERATION_STATUS, 11",
      "executor, Event.Type, HEARTBEAT, 9",
      "executor, Event.Type, LAUNCH_GROUP, 8",
      "master, Call.Type, GET_OPERATIONS, 33",
      "master, Call.Type, REACTIVATE_AGENT, 39",
      "master, Call.Type, UPDATE_QUOTA, 36",
      "master, Response.Type, GET_QUOTA, 18",
      "master, Event.Type, HEARTBEAT, 9",
      "agent, Call.Type, GET_AGENT, 20",
      "agent, Response.Type, WAIT_CONTAINER, 15",
  })
  void enumValueKeepsItsMesosNumber(String file, String enumPath, String value, int number) {
    int dot = enumPath.lastIndexOf('.');
    EnumDescriptor descriptor = dot < 0
        ? FILES.get(file).findEnumTypeByName(enumPath)
        : message(file, enumPath.substring(0, dot)).findEnumTypeByName(
            enumPath.substring(dot + 1));
    assertNotNull(descriptor, enumPath + " is declared");
    assertNotNull(descriptor.findValueByName(value), enumPath + "." + value + " is declared");
    assertEquals(number, descriptor.findValueByName(value).getNumber());
  }

  private static Descriptor message(String file, String path) {
    String[] names = path.split("\\.");
    Descriptor descriptor = FILES.get(file).findMessageTypeByName(names[0]);
    for (int i = 1; i < names.length && descriptor != null; i++) {
      descriptor = descriptor.findNestedTypeByName(names[i]);
    }
    assertNotNull(descriptor, path + " is declared in " + file);
    return descriptor;
  }
}
