package io.osmos.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsersTest {
    @Test
    void masterIsHostAndPort() {
        assertEquals(new MasterAddress("master.example", 5050), MasterAddress.parse("master.example:5050"));
        assertEquals(new MasterAddress("::1", 5050), MasterAddress.parse("[::1]:5050"));
        assertEquals("http://[::1]:5050/api/v1/agent", MasterAddress.parse("[::1]:5050").agentApi().toString());
        assertEquals("master 'master.example' must be host:port, e.g. 10.0.0.1:5050",
                assertThrows(IllegalArgumentException.class, () -> MasterAddress.parse("master.example")).getMessage());
        assertEquals("master 'zk://zk1:2181/mesos' needs a master detector that is not available yet; only "
                        + "standalone detection (host:port) is supported",
                assertThrows(IllegalArgumentException.class, () -> MasterAddress.parse("zk://zk1:2181/mesos"))
                        .getMessage());
    }

    @Test
    void attributesAreTextScalarsOrRanges() {
        List<Attribute> attributes = AttributesParser.parse("rack:r1;level:3.5;slots:[1-4];os:debian-12");
        assertEquals(Value.Type.TEXT, attributes.get(0).getType());
        assertEquals("r1", attributes.get(0).getText().getValue());
        assertEquals(3.5, attributes.get(1).getScalar().getValue());
        assertEquals(4, attributes.get(2).getRanges().getRange(0).getEnd());
        assertEquals("debian-12", attributes.get(3).getText().getValue());
        assertEquals(List.of(), AttributesParser.parse(""));
        assertEquals("Invalid attribute 'rack': expected name:value, e.g. rack:r1",
                assertThrows(IllegalArgumentException.class, () -> AttributesParser.parse("rack")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> AttributesParser.parse("zones:{a,b}"));
    }
}
