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

class FlagParserTest {
    private static final Path TMP = Path.of("/var/tmp");
    private static final Path HOME = Path.of("/opt/osmos");

    private static Flags run(Map<String, String> env, String... args) throws FlagException {
        Command command = new FlagParser(env, Optional.of(HOME), TMP).parse(args);
        return assertInstanceOf(Command.Run.class, command).flags();
    }

    private static Flags run(String... args) throws FlagException {
        return run(Map.of(), args);
    }

    private static String error(String... args) {
        return assertThrows(FlagException.class, () -> new FlagParser(Map.of(), Optional.of(HOME), TMP).parse(args))
                .getMessage();
    }

    @Test
    void masterDefaults() throws FlagException {
        Flags flags = run("master");
        assertEquals(Mode.MASTER, flags.mode());
        assertEquals(5050, flags.value("port"));
        assertEquals("0.0.0.0", flags.value("ip"));
        assertEquals("/var/tmp/osmos-master", flags.value("work_dir"));
        assertEquals("/opt/osmos/deploy", flags.value("deploy_dir"));
        assertEquals("/opt/osmos/features/master.json", flags.value("feature"));
        assertEquals("1secs", flags.value("allocation_interval"));
        assertEquals("INFO", flags.value("logging_level"));
        assertTrue(flags.bool("shell"));
        assertTrue(flags.get("hostname").isEmpty());
        assertTrue(flags.get("master").isEmpty(), "a master has no --master");
    }

    @Test
    void agentDefaultsToPort5051AndNeedsAMaster() throws FlagException {
        assertEquals("Failed to load flags: missing required flag '--master' (or OSMOS_MASTER)", error("agent"));
        Flags flags = run("agent", "--master=10.0.0.1:5050");
        assertEquals(5051, flags.value("port"));
        assertEquals("/var/tmp/osmos-agent", flags.value("work_dir"));
        assertTrue(flags.get("allocation_interval").isEmpty(), "allocation is the master's business");
    }

    @Test
    void localAgentFindsTheMasterOnItsOwnPort() throws FlagException {
        assertEquals("127.0.0.1:5050", run("local").value("master"));
        assertEquals("127.0.0.1:6060", run("local", "--port=6060").value("master"));
    }

    @Test
    void withoutADistributionTheWorkDirHoldsDeployAndFeatures() throws FlagException {
        Command command = new FlagParser(Map.of(), Optional.empty(), TMP).parse("local", "--work_dir=/srv/o");
        Flags flags = ((Command.Run) command).flags();
        assertEquals("/srv/o/deploy", flags.value("deploy_dir"));
        assertEquals("/srv/o/features/local.json", flags.value("feature"));
    }

    @Test
    void valuesWithEqualsOrAsTheNextArgumentAndDashesForUnderscores() throws FlagException {
        Flags flags = run("local", "--port", "5055", "--work-dir=/srv/osmos", "--allocation_interval=250ms");
        assertEquals(5055, flags.value("port"));
        assertEquals("/srv/osmos", flags.value("work_dir"));
        assertEquals("250ms", flags.value("allocation_interval"));
        assertEquals(Flags.Source.COMMAND_LINE, flags.get("port").orElseThrow().source());
    }

    @Test
    void modeMayFollowTheFlags() throws FlagException {
        assertEquals(Mode.AGENT, run("--master=m:5050", "agent").mode());
    }

    @Test
    void booleansTakeNoValueOrANoPrefix() throws FlagException {
        assertTrue(run("master", "--shell").bool("shell"));
        assertFalse(run("master", "--no-shell").bool("shell"));
        assertFalse(run("master", "--shell=false").bool("shell"));
        assertEquals("Failed to load flag 'shell': 'maybe' is not a valid boolean (true or false)",
                error("master", "--shell=maybe"));
        assertEquals("Failed to load flags: '--no-port': flag 'port' is not a boolean", error("master", "--no-port"));
    }

    @Test
    void environmentSetsFlagsAndTheCommandLineWins() throws FlagException {
        Map<String, String> env = Map.of("OSMOS_PORT", "5055", "OSMOS_LOGGING_LEVEL", "warning", "OSMOS_HOME", "x");
        Flags fromEnv = run(env, "master");
        assertEquals(5055, fromEnv.value("port"));
        assertEquals("WARNING", fromEnv.value("logging_level"));
        assertEquals(Flags.Source.ENVIRONMENT, fromEnv.get("port").orElseThrow().source());
        assertEquals(6000, run(env, "master", "--port=6000").value("port"));
    }

    @Test
    void badEnvironmentValueNamesTheVariable() {
        FlagException e = assertThrows(FlagException.class,
                () -> new FlagParser(Map.of("OSMOS_PORT", "abc"), Optional.of(HOME), TMP).parse("master"));
        assertEquals("Failed to load flag 'port': 'abc' is not a valid port (from environment variable OSMOS_PORT)",
                e.getMessage());
    }

    @Test
    void unknownFlagSuggestsTheNearestName() {
        assertEquals("Failed to load flags: unknown flag '--prot' (did you mean --port?)", error("master", "--prot=1"));
        assertEquals("Failed to load flags: unknown flag '--work_dri' (did you mean --work_dir?)",
                error("master", "--work_dri=/x"));
        assertEquals("Failed to load flags: unknown flag '--zzzzzz'", error("master", "--zzzzzz"));
    }

    @Test
    void badValuesNameTheFlagAndTheReason() {
        assertEquals("Failed to load flag 'port': 'abc' is not a valid port", error("master", "--port=abc"));
        assertEquals("Failed to load flag 'port': '65536' is not a valid port", error("master", "--port=65536"));
        assertEquals("Failed to load flag 'allocation_interval': '1sec' is not a valid duration (e.g. 100ms, 10secs,"
                + " 5mins)", error("master", "--allocation_interval=1sec"));
        assertEquals("Failed to load flag 'ip': '10.0.0.256' is not a valid IP address", error("master", "--ip=10.0.0.256"));
        assertEquals("Failed to load flag 'port': missing value", error("master", "--port"));
    }

    @Test
    void flagsOfAnotherModeAreRefused() {
        assertEquals("Failed to load flags: flag '--resources' does not apply to master (only to agent, local)",
                error("master", "--resources=cpus:1"));
    }

    @Test
    void commandLineMistakes() {
        assertEquals("Failed to load flags: unknown mode 'mastr' (expected master, agent or local)", error("mastr"));
        assertEquals("Failed to load flags: unexpected argument 'agent'", error("master", "agent"));
        assertEquals("Failed to load flags: flag '--port' is given more than once", error("master", "--port=1", "--port=2"));
        assertEquals("Failed to load flags: unknown argument '-port' (flags start with --)", error("master", "-port"));
        assertTrue(error().startsWith("Failed to load flags: no mode given"));
    }

    @Test
    void helpAndVersion() throws FlagException {
        FlagParser parser = new FlagParser(Map.of(), Optional.of(HOME), TMP);
        assertEquals(new Command.Help(Optional.empty()), parser.parse("--help"));
        assertEquals(new Command.Help(Optional.of(Mode.AGENT)), parser.parse("agent", "--help"));
        assertEquals(new Command.Help(Optional.of(Mode.AGENT)), parser.parse("agent", "-h"));
        assertEquals(new Command.Version(), parser.parse("--version"));
    }

    @Test
    void flagsGoToTheirPidsOnlyInTheirModes() throws FlagException {
        Flags master = run("master", "--hostname=m1", "--port=5055");
        assertEquals(Map.of("port", 5055), master.explicitConfigurations().get(FlagTable.RUNTIME_HTTP_PID));
        assertEquals(Map.of("hostname", "m1"), master.explicitConfigurations().get(FlagTable.MASTER_PID));
        assertFalse(master.explicitConfigurations().containsKey(FlagTable.AGENT_PID));
        assertEquals("0.0.0.0", master.defaultConfigurations().get(FlagTable.RUNTIME_HTTP_PID).get("ip"));

        Flags local = run("local", "--hostname=h");
        assertEquals("h", local.explicitConfigurations().get(FlagTable.MASTER_PID).get("hostname"));
        assertEquals("h", local.explicitConfigurations().get(FlagTable.AGENT_PID).get("hostname"));
    }

    @Test
    void moduleSelectionFlagsConfigureTheKindsTheModuleListingReads() throws FlagException {
        Flags master = run("master", "--allocator=random", "--authorizers=local", "--http_authenticators=basic",
                "--master_contender=zookeeper", "--master_detector=zookeeper", "--hooks=audit,labels");
        assertEquals(Map.of("allocator", "random", "authorizers", "local", "http_authenticators", "basic",
                "master_contender", "zookeeper", "master_detector", "zookeeper", "hooks", "audit,labels"),
                master.explicitConfigurations().get(FlagTable.MASTER_PID));
        assertEquals("hierarchical", run("master").defaultConfigurations().get(FlagTable.MASTER_PID).get("allocator"),
                "the DRF allocator by default, as in Mesos");

        Flags agent = run("agent", "--master=m:5050", "--qos_controller=load", "--resource_estimator=fixed",
                "--master_detector=etcd", "--hooks=env");
        Map<String, Object> agentConfig = agent.explicitConfigurations().get(FlagTable.AGENT_PID);
        assertEquals("load", agentConfig.get("qos_controller"));
        assertEquals("fixed", agentConfig.get("resource_estimator"));
        assertEquals("etcd", agentConfig.get("master_detector"));
        assertEquals("env", agentConfig.get("hooks"));
        assertFalse(agent.explicitConfigurations().containsKey(FlagTable.MASTER_PID));

        Flags local = run("local", "--hooks=first");
        assertEquals("first", local.explicitConfigurations().get(FlagTable.MASTER_PID).get("hooks"));
        assertEquals("first", local.explicitConfigurations().get(FlagTable.AGENT_PID).get("hooks"));
        assertTrue(error("master", "--qos_controller=load").contains("qos_controller"),
                "an agent flag on a master is refused, naming it");
    }

    @Test
    void everyEffectiveFlagIsAvailableAsText() throws FlagException {
        Map<String, String> strings = run("master", "--port=5055").asStrings();
        assertEquals("5055", strings.get("port"));
        assertEquals("1secs", strings.get("allocation_interval"));
        assertEquals("true", strings.get("shell"));
        assertFalse(strings.containsKey("hostname"), "unset flags are not listed");
    }
}
