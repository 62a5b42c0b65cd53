package io.osmos.itest.plugins;

import static org.junit.Assert.assertEquals;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.BundleEventLog;
import io.osmos.itest.support.ItestPaths;
import io.osmos.itest.support.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A plugin jar written slowly, chunk by chunk, under its final name in deploy/ is never installed
 * half-written. FileInstall waits until a file is unchanged over two polls, then only installs a
 * jar it can open and read a manifest from; a truncated jar has no zip directory yet, so it is
 * passed over until it is complete. Between chunks the test proves FileInstall has looked at the
 * partial file: it drops a marker {@code .cfg} after each chunk and waits for FileInstall to apply
 * it, which happens in a poll that saw the partial jar unchanged since the poll before.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HalfCopiedPluginIT {
    private static final Duration DEPLOY = Duration.ofSeconds(15);
    private static final String FILE = "slowly-copied-hook.jar";
    private static final int CHUNKS = 3;

    @Inject
    private BundleContext context;

    private static Path built() {
        return ItestPaths.work().resolve("plugins").resolve("slow-1.0.0.jar");
    }

    @Configuration
    public Option[] config() {
        PluginBundles.build(TestPlugins.VERSIONED, "1.0.0", TestPlugins.V1_PACKAGE, built());
        return PluginContainer.options("half-copied");
    }

    @Test
    public void aJarWrittenInChunksIsInstalledOnlyOnceItIsComplete() throws IOException {
        PluginContainer.start(context, Map.of());
        ConfigurationAdmin configAdmin = Services.await(context, ConfigurationAdmin.class, DEPLOY);
        Path deploy = PluginContainer.deployDir(context);
        Path target = deploy.resolve(FILE);
        byte[] jar = Files.readAllBytes(built());
        int chunk = jar.length / CHUNKS + 1;
        try (BundleEventLog log = new BundleEventLog(context);
                ServiceWatch watch = new ServiceWatch(context, ServiceWatch.masterHook(TestPlugins.VERSIONED_NAME))) {
            for (int i = 0; i < CHUNKS - 1; i++) {
                Files.write(target, Arrays.copyOfRange(jar, i * chunk, (i + 1) * chunk), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                String marker = "osmos.itest.halfcopy.chunk" + i;
                Files.writeString(deploy.resolve(marker + ".cfg"), "chunk=" + i + "\n");
                Await.value("FileInstall to apply " + marker + ".cfg", DEPLOY, () -> exists(configAdmin, marker));
                assertEquals("bundles installed while " + FILE + " holds " + (i + 1) * chunk + " of " + jar.length
                        + " bytes", List.of(), installed(log));
            }
            var installed = log.next(e -> TestPlugins.VERSIONED.equals(e.symbolicName()) && e.what().equals("INSTALLED"));
            Files.write(target, Arrays.copyOfRange(jar, (CHUNKS - 1) * chunk, jar.length), StandardOpenOption.APPEND);
            log.await("the complete plugin INSTALLED", DEPLOY, installed);
            Await.future("the complete plugin's hook service", DEPLOY, watch.registered());
            assertEquals("installed exactly once", 1, installed(log).size());
        }
        assertEquals(List.of(TestPlugins.VERSION_LABEL + "=1"), HookCalls.taskLabels(context, TestPlugins.VERSIONED_NAME));
    }

    private static List<BundleEventLog.Entry> installed(BundleEventLog log) {
        return log.entries().stream().filter(e -> e.what().equals("INSTALLED")).toList();
    }

    private static Optional<Boolean> exists(ConfigurationAdmin configAdmin, String pid) {
        try {
            return configAdmin.listConfigurations("(service.pid=" + pid + ")") == null ? Optional.empty()
                    : Optional.of(true);
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
