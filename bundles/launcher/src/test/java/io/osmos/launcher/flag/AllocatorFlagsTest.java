package io.osmos.launcher.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Mesos master's allocator flags: their defaults, the configuration they set, and bad values. */
class AllocatorFlagsTest {
    private static final Path TMP = Path.of("/var/tmp");

    private static Flags run(String... args) throws FlagException {
        Command command = new FlagParser(Map.of(), Optional.of(Path.of("/opt/osmos")), TMP).parse(args);
        return assertInstanceOf(Command.Run.class, command).flags();
    }

    private static String error(String... args) {
        return assertThrows(FlagException.class, () -> run(args)).getMessage();
    }

    @Test
    void defaultsAreTheMesosMasters() throws FlagException {
        Map<String, Object> master = run("master").defaultConfigurations().get(FlagTable.MASTER_PID);
        assertEquals("cpus:0.01|mem:32", master.get("min_allocatable_resources"));
        assertEquals(true, master.get("filter_gpu_resources"));
        assertEquals(0.8, master.get("allocator_agent_recovery_factor"));
        assertEquals("10mins", master.get("allocator_recovery_timeout"));
        assertEquals(true, master.get("publish_per_framework_metrics"));
        assertEquals("1secs", master.get("allocation_interval"));
        assertEquals("hierarchical", master.get("allocator"));
        assertFalse(master.containsKey("fair_sharing_excluded_resource_names"), "no resource is excluded by default");

        Map<String, String> shown = run("master").asStrings();
        assertEquals("cpus:0.01|mem:32", shown.get("min_allocatable_resources"));
        assertEquals("0.80", shown.get("allocator_agent_recovery_factor"));
    }

    @Test
    void givenValuesConfigureTheMasterInMasterAndLocalMode() throws FlagException {
        String[] flags = {"--min_allocatable_resources=disk:1|cpus:1;mem:32;ports:[31000-31009]",
            "--fair_sharing_excluded_resource_names=gpus,fpgas", "--no-filter_gpu_resources",
            "--allocator_agent_recovery_factor=0.5", "--allocator-recovery-timeout", "30secs",
            "--publish_per_framework_metrics=false"};
        Map<String, Object> expected = Map.of(
                "min_allocatable_resources", "disk:1|cpus:1;mem:32;ports:[31000-31009]",
                "fair_sharing_excluded_resource_names", "gpus,fpgas", "filter_gpu_resources", false,
                "allocator_agent_recovery_factor", 0.5, "allocator_recovery_timeout", "30secs",
                "publish_per_framework_metrics", false);
        for (String mode : new String[] {"master", "local"}) {
            String[] args = new String[flags.length + 1];
            args[0] = mode;
            System.arraycopy(flags, 0, args, 1, flags.length);
            assertEquals(expected, run(args).explicitConfigurations().get(FlagTable.MASTER_PID), mode);
        }
    }

    @Test
    void anEmptyMinimumIsAllowedAndMeansAnyResources() throws FlagException {
        assertEquals("", run("master", "--min_allocatable_resources=").explicitConfigurations()
                .get(FlagTable.MASTER_PID).get("min_allocatable_resources"));
    }

    @Test
    void badValuesAreRefusedWithTheFlagAndTheReason() {
        assertEquals("Failed to load flag 'min_allocatable_resources': 'cpus(web):1|mem:32' is not valid resource"
                + " quantities: 'cpus(web):1' has a role, reservation or revocability; give plain quantities such as"
                + " cpus:0.01|mem:32", error("master", "--min_allocatable_resources=cpus(web):1|mem:32"));
        assertEquals("Failed to load flag 'min_allocatable_resources': 'cpus{REV}:1' is not valid resource"
                + " quantities: 'cpus{REV}:1' has a role, reservation or revocability; give plain quantities such as"
                + " cpus:0.01|mem:32", error("master", "--min_allocatable_resources=cpus{REV}:1"));
        assertEquals("Failed to load flag 'min_allocatable_resources': 'cpus:1;mem' is not valid resource"
                + " quantities: 'mem' is not name:quantity", error("master", "--min_allocatable_resources=cpus:1;mem"));
        assertEquals("Failed to load flag 'min_allocatable_resources': 'cpus:-1' is not valid resource quantities:"
                + " 'cpus:-1' is not name:quantity", error("master", "--min_allocatable_resources=cpus:-1"));
        assertEquals("Failed to load flag 'min_allocatable_resources': 'mem:32|cpus:0;disk:0' is not valid resource"
                + " quantities: the alternative 'cpus:0;disk:0' asks for nothing; leave the value empty to offer any"
                + " non-empty resources", error("master", "--min_allocatable_resources=mem:32|cpus:0;disk:0"));
        assertEquals("Failed to load flag 'allocator_agent_recovery_factor': '1.5' is not a valid fraction between 0"
                + " and 1", error("master", "--allocator_agent_recovery_factor=1.5"));
        assertEquals("Failed to load flag 'allocator_recovery_timeout': '10mins later' is not a valid duration (e.g."
                + " 100ms, 10secs, 5mins)", error("master", "--allocator_recovery_timeout=10mins later"));
        assertEquals("Failed to load flag 'filter_gpu_resources': 'no' is not a valid boolean (true or false)",
                error("master", "--filter_gpu_resources=no"));
        assertEquals("Failed to load flag 'publish_per_framework_metrics': 'yes' is not a valid boolean (true or"
                + " false)", error("master", "--publish_per_framework_metrics=yes"));
    }

    @Test
    void quantitiesMayCountRangesAndSetMembersAndSkipEmptyAlternatives() throws FlagException {
        assertEquals("ports:[1-3]|gpus:1||", run("master", "--min_allocatable_resources=ports:[1-3]|gpus:1||")
                .value("min_allocatable_resources"));
        assertEquals("zones:{a,b};mem:0", run("master", "--min_allocatable_resources=zones:{a,b};mem:0")
                .value("min_allocatable_resources"));
    }

    @Test
    void anAgentRefusesThem() {
        assertEquals("Failed to load flags: flag '--filter_gpu_resources' does not apply to agent (only to master,"
                + " local)", error("agent", "--master=m:5050", "--filter_gpu_resources"));
    }

    @Test
    void helpListsThemWithTheirDefaults() {
        String help = new Help(Optional.of(Path.of("/opt/osmos")), TMP).render(Optional.of(Mode.MASTER));
        assertTrue(help.contains("--min_allocatable_resources=QUANTITIES"), help);
        assertTrue(help.contains("(default cpus:0.01|mem:32)"), help);
        assertTrue(help.contains("--filter_gpu_resources, --no-filter_gpu_resources"), help);
        assertTrue(help.contains("(default 10mins)"), help);
        assertTrue(help.indexOf("--allocator=") < help.indexOf("--min_allocatable_resources"), "grouped with --allocator");
    }
}
