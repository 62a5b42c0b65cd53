package io.osmos.modules.shell;

import io.osmos.modules.kind.ModuleKind;
import io.osmos.modules.view.KindView;
import io.osmos.modules.view.ModulesSnapshot;
import io.osmos.modules.view.ModulesView;
import io.osmos.modules.view.Selection;
import io.osmos.modules.view.SelectionException;
import io.osmos.modules.view.Selector;
import io.osmos.runtime.actor.Actor;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Gogo commands in scope {@code osmos}: {@code modules [kind]} prints the listing,
 * {@code select <kind> <name[,name...]>} chooses modules as {@code POST /modules/select} does.
 * Gogo finds them by method name; a refused selection throws, which the shell prints.
 */
public final class ModulesCommands {
    public static final String SCOPE = "osmos";
    public static final String[] FUNCTIONS = {"modules", "select"};
    private static final long TIMEOUT_SECONDS = 30;

    private final Actor actor;
    private final ModulesView view;
    private final Selector selector;

    public ModulesCommands(Actor actor, ModulesView view, Selector selector) {
        this.actor = actor;
        this.view = view;
        this.selector = selector;
    }

    /** {@code osmos:modules}: every kind. */
    public String modules() throws Exception {
        ModulesSnapshot snapshot = await(actor.ask(view::snapshot));
        return ModulesTable.of(snapshot, snapshot.kinds());
    }

    /** {@code osmos:modules allocator}: one kind. */
    public String modules(String kind) throws Exception {
        ModuleKind wanted = ModuleKind.byId(kind).orElseThrow(() -> new IllegalArgumentException(
                "Unknown module kind '" + kind + "'; it is one of: " + ModuleKind.ids()));
        ModulesSnapshot snapshot = await(actor.ask(view::snapshot));
        List<KindView> one = snapshot.kinds().stream().filter(k -> k.kind() == wanted).toList();
        return ModulesTable.of(new ModulesSnapshot(one, List.of(), List.of()), one);
    }

    /** {@code osmos:select allocator hierarchical}, {@code osmos:select isolator posix/cpu,posix/mem}. */
    public String select(String kind, String names) throws Exception {
        Selector.Outcome outcome = await(actor.ask(() -> selector.select(kind, Selection.split(names))));
        return outcome.kind().id() + " = " + outcome.value() + " (written to " + String.join(", ", outcome.pids())
                + "; the platform applies it live)";
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SelectionException refused) {
                throw new IllegalArgumentException(refused.getMessage(), refused);
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the modules actor did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
