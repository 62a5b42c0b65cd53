package io.osmos.hooks.agentlost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentLostHookTest {
    @TempDir
    Path dir;

    @Test
    void appendsOneLinePerLostAgent() throws IOException {
        Path file = dir.resolve("logs").resolve("lost.log");
        AgentLostHook hook = new AgentLostHook(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
        hook.configure(new AgentLostConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AgentLostConfig.class;
            }

            @Override
            public String file() {
                return file.toString();
            }
        });
        for (String id : new String[] {"M-S0", "M-S1"}) {
            hook.masterSlaveLostHook(AgentInfo.newBuilder().setId(AgentID.newBuilder().setValue(id))
                    .setHostname("node").setPort(5051).buildPartial());
        }
        assertEquals("""
                2026-01-02T03:04:05Z agent M-S0 (node:5051) lost
                2026-01-02T03:04:05Z agent M-S1 (node:5051) lost
                """, Files.readString(file));
    }
}
