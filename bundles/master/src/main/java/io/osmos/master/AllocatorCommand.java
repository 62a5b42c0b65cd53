package io.osmos.master;

import io.osmos.master.core.AllocatorChoice;
import io.osmos.master.core.Handover;
import io.osmos.master.core.Master;
import io.osmos.master.core.MasterView;
import io.osmos.master.view.AllocatorJson;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shell command {@code osmos:allocator}: without an argument it prints the allocator in use and
 * the ones registered, with a name it swaps that one in. Gogo finds commands by their service
 * properties and calls public methods by reflection, so nothing here imports Gogo and the master
 * runs without a shell.
 */
public final class AllocatorCommand {
    static final Dictionary<String, Object> PROPERTIES = new Hashtable<>(Map.of(
            "osgi.command.scope", "osmos", "osgi.command.function", new String[] {"allocator"}));
    private static final long WAIT_SECONDS = 60;

    private final Master master;
    private final AllocatorChoice choice;

    AllocatorCommand(Master master, AllocatorChoice choice) {
        this.master = master;
        this.choice = choice;
    }

    /** {@code osmos:allocator}: the allocator in use, the wanted and default names, what is registered. */
    public String allocator() throws Exception {
        String inUse = master.read(MasterView::allocatorName).get(WAIT_SECONDS, TimeUnit.SECONDS);
        return AllocatorJson.describe(inUse, choice);
    }

    /**
     * {@code osmos:allocator <name>}: swaps the named allocator in and says how long allocation was
     * paused; fails naming the reason when none is registered under the name or it does not start.
     */
    public String allocator(String name) throws Exception {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name the allocator to use, e.g. osmos:allocator hierarchical");
        }
        Handover handover;
        try {
            handover = choice.select(name.trim()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NoSuchElementException missing) {
                throw new IllegalArgumentException(missing.getMessage() + "; registered: " + choice.registered());
            }
            throw e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("The master did not finish the swap within " + WAIT_SECONDS + " s");
        }
        if (!handover.installed()) {
            throw new IllegalStateException(AllocatorJson.failure(handover));
        }
        return "Allocator '" + handover.allocator() + "' is in use" + (handover.previous() == null ? ""
                : " instead of '" + handover.previous() + "'") + "; allocation paused "
                + String.format("%.1f", handover.pauseMillis()) + " ms";
    }
}
