package io.osmos.protocol;

import static io.osmos.protocol.Wire.assertRoundTrips;
import static io.osmos.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.executor.Protos;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.master.Protos.Response;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import org.junit.jupiter.api.Test;

/** Operator API and executor API payloads as Mesos v1 tools write them. */
class OperatorAndExecutorJsonTest {

  @Test
  void bareOperatorCallNeedsOnlyItsType() {
    Call call = fromJson("{\"type\": \"GET_STATE\"}", Call.getDefaultInstance());
    assertEquals(Call.Type.GET_STATE, call.getType());
    assertEquals(9, call.getType().getNumber());
  }

  @Test
  void updateQuotaReadsGuaranteesAndLimitsByResourceName() {
    Call call = fromJson("""
        {
          "type": "UPDATE_QUOTA",
          "update_quota": {
            "force": false,
            "quota_configs": [{
              "role": "dev",
              "guarantees": {"cpus": {"value": 2}, "mem": {"value": 1024}},
              "limits": {"cpus": {"value": 4}}
            }]
          }
        }""", Call.getDefaultInstance());

    QuotaConfig config = call.getUpdateQuota().getQuotaConfigs(0);
    assertEquals("dev", config.getRole());
    assertEquals(1024.0, config.getGuaranteesMap().get("mem").getValue());
    assertEquals(4.0, config.getLimitsMap().get("cpus").getValue());
    assertTrue(assertRoundTrips(call).contains("\"quota_configs\""));
  }

  @Test
  void healthResponsePrintsLikeMesos() {
    Response response = Response.newBuilder()
        .setType(Response.Type.GET_HEALTH)
        .setGetHealth(Response.GetHealth.newBuilder().setHealthy(true))
        .build();
    String json = assertRoundTrips(response);
    assertTrue(json.contains("\"type\": \"GET_HEALTH\""), json);
    assertTrue(json.contains("\"get_health\": {\n    \"healthy\": true"), json);
  }

  @Test
  void executorUpdateCallParses() {
    Protos.Call call = fromJson("""
        {
          "executor_id": {"value": "e-1"},
          "framework_id": {"value": "fw-1"},
          "type": "UPDATE",
          "update": {"status": {
            "task_id": {"value": "t-1"},
            "state": "TASK_RUNNING",
            "source": "SOURCE_EXECUTOR",
            "uuid": "C297fp9KTWOKVU4/HCqdEA=="
          }}
        }""", Protos.Call.getDefaultInstance());

    assertEquals(Protos.Call.Type.UPDATE, call.getType());
    assertEquals(TaskState.TASK_RUNNING, call.getUpdate().getStatus().getState());
    assertEquals(16, call.getUpdate().getStatus().getUuid().size());
    assertRoundTrips(call);
  }
}
