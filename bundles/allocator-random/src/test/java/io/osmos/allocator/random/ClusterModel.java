package io.osmos.allocator.random;

import static io.osmos.allocator.random.Harness.agentId;
import static io.osmos.allocator.random.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.allocator.random.AllocationPropertiesTest.AddAgent;
import io.osmos.allocator.random.AllocationPropertiesTest.AddFramework;
import io.osmos.allocator.random.AllocationPropertiesTest.Advance;
import io.osmos.allocator.random.AllocationPropertiesTest.Op;
import io.osmos.allocator.random.AllocationPropertiesTest.Recover;
import io.osmos.allocator.random.AllocationPropertiesTest.RemoveAgent;
import io.osmos.allocator.random.AllocationPropertiesTest.RemoveFramework;
import io.osmos.allocator.random.AllocationPropertiesTest.Revive;
import io.osmos.allocator.random.AllocationPropertiesTest.Suppress;
import io.osmos.allocator.random.AllocationPropertiesTest.ToggleFramework;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The test's own account of the cluster, driven by the same operations the allocator gets. */
final class ClusterModel {
    static final List<String> ROLES = List.of("a", "b", "c");

    private final Harness harness;
    private final Map<String, List<String>> frameworks = new TreeMap<>();
    private final Map<String, Boolean> active = new TreeMap<>();
    private final Map<String, Resources> agents = new TreeMap<>();
    private final Map<String, Map<String, Resources>> held = new TreeMap<>(); // agent -> framework -> held
    private int next;

    ClusterModel(Harness harness) {
        this.harness = harness;
    }

    void apply(Op operation) {
        if (operation instanceof AddFramework add) {
            String id = "f" + next++;
            List<String> roles = roles(add.roleMask());
            frameworks.put(id, roles);
            active.put(id, true);
            harness.addFramework(id, roles.toArray(String[]::new));
        } else if (operation instanceof RemoveFramework remove) {
            pick(frameworks.keySet(), remove.pick()).ifPresent(id -> {
                frameworks.remove(id);
                held.values().forEach(byFramework -> byFramework.remove(id));
                harness.allocator.removeFramework(frameworkId(id));
            });
        } else if (operation instanceof AddAgent add) {
            addAgent(add);
        } else if (operation instanceof RemoveAgent remove) {
            pick(agents.keySet(), remove.pick()).ifPresent(id -> {
                agents.remove(id);
                held.remove(id);
                harness.allocator.removeAgent(agentId(id));
            });
        } else if (operation instanceof Recover recover) {
            recover(recover);
        } else if (operation instanceof Suppress suppress) {
            pick(frameworks.keySet(), suppress.pick()).ifPresent(id -> harness.allocator
                    .suppressOffers(frameworkId(id), Set.copyOf(roles(suppress.roleMask()))));
        } else if (operation instanceof Revive revive) {
            pick(frameworks.keySet(), revive.pick()).ifPresent(id -> harness.allocator
                    .reviveOffers(frameworkId(id), Set.copyOf(roles(revive.roleMask()))));
        } else if (operation instanceof ToggleFramework toggle) {
            pick(frameworks.keySet(), toggle.pick()).ifPresent(this::toggle);
        } else if (operation instanceof Advance advance) {
            harness.clock.advance(Duration.ofSeconds(advance.seconds()));
        }
    }

    private void toggle(String id) {
        boolean activate = !active.get(id);
        active.put(id, activate);
        if (activate) {
            harness.allocator.activateFramework(frameworkId(id));
        } else {
            harness.allocator.deactivateFramework(frameworkId(id));
        }
    }

    private void addAgent(AddAgent add) {
        String id = "a" + next++;
        String reserved = add.reserved() == 0 ? "" : ";cpus(" + ROLES.get(add.reserved() - 1) + "):1";
        Resources total = Resources.parse("cpus:" + add.cpus() + ";mem:" + add.mem() + reserved);
        Map<String, Resources> seeds = new TreeMap<>();
        if (add.seeded() && !frameworks.isEmpty()) {
            String framework = frameworks.keySet().iterator().next();
            seeds.put(framework, Resources.parse("cpus:1;mem:64").allocate(frameworks.get(framework).get(0)));
        }
        agents.put(id, total);
        held.put(id, new TreeMap<>(seeds));
        Map<FrameworkID, Resources> used = new HashMap<>();
        seeds.forEach((framework, resources) -> used.put(frameworkId(framework), resources));
        harness.addAgent(id, total.toString(), used);
    }

    private void recover(Recover recover) {
        List<String[]> holdings = new ArrayList<>();
        held.forEach((agent, byFramework) -> byFramework.keySet().forEach(f -> holdings.add(new String[] {agent, f})));
        if (holdings.isEmpty()) {
            return;
        }
        String[] holding = holdings.get(recover.pick() % holdings.size());
        Resources holds = held.get(holding[0]).get(holding[1]);
        // Alternate between giving back everything and a single resource, as a finished task would.
        Resources back = recover.pick() % 2 == 0 ? holds : Resources.of(holds.toProtos().get(0));
        Optional<Filters> filters = switch (recover.filter()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(Harness.refuse(0));
            case 2 -> Optional.of(Harness.refuse(3600));
            default -> Optional.of(Filters.getDefaultInstance());
        };
        Resources rest = holds.minus(back);
        if (rest.isEmpty()) {
            held.get(holding[0]).remove(holding[1]);
        } else {
            held.get(holding[0]).put(holding[1], rest);
        }
        harness.allocator.recoverResources(frameworkId(holding[1]), agentId(holding[0]), back, filters, false);
    }

    void offered(RecordingCallback.Offered offered) {
        String framework = offered.framework();
        String agent = offered.agent();
        assertTrue(frameworks.containsKey(framework) && active.get(framework), "offer to " + framework);
        assertTrue(agents.containsKey(agent), "offer on removed agent " + agent);
        assertTrue(frameworks.get(framework).contains(offered.role()), "role " + offered.role() + " of " + framework);
        assertTrue(offered.resources().allocatableTo(offered.role()).equals(offered.resources()),
                "offered " + offered.resources() + " to role " + offered.role());
        held.get(agent).merge(framework, offered.resources(), Resources::plus);
        Resources all = held.get(agent).values().stream().map(Resources::unallocated)
                .reduce(Resources.EMPTY, Resources::plus);
        assertTrue(agents.get(agent).contains(all), "agent " + agent + " with " + agents.get(agent)
                + " has frameworks holding " + all);
    }

    private static List<String> roles(int mask) {
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < ROLES.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                roles.add(ROLES.get(i));
            }
        }
        return roles;
    }

    private static Optional<String> pick(Set<String> ids, int pick) {
        return ids.isEmpty() ? Optional.empty() : Optional.of(new ArrayList<>(ids).get(pick % ids.size()));
    }
}
