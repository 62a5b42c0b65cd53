package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.allocator.drf.AllocationPropertiesTest.AddAgent;
import io.osmos.allocator.drf.AllocationPropertiesTest.AddFramework;
import io.osmos.allocator.drf.AllocationPropertiesTest.Advance;
import io.osmos.allocator.drf.AllocationPropertiesTest.Op;
import io.osmos.allocator.drf.AllocationPropertiesTest.Recover;
import io.osmos.allocator.drf.AllocationPropertiesTest.RemoveAgent;
import io.osmos.allocator.drf.AllocationPropertiesTest.RemoveFramework;
import io.osmos.allocator.drf.AllocationPropertiesTest.Revive;
import io.osmos.allocator.drf.AllocationPropertiesTest.SetQuota;
import io.osmos.allocator.drf.AllocationPropertiesTest.SetWeight;
import io.osmos.allocator.drf.AllocationPropertiesTest.Suppress;
import io.osmos.allocator.drf.AllocationPropertiesTest.ToggleAgent;
import io.osmos.allocator.drf.AllocationPropertiesTest.ToggleFramework;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability.Type;
import io.osmos.protocol.v1.Protos.WeightInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The test's own account of the cluster, driven by the same operations the allocator gets. */
final class ClusterModel {
    static final List<String> ROLES = List.of("a", "b", "a/x");

    private record Fw(List<String> roles, Set<String> suppressed, boolean[] active) {
    }

    private final Harness harness;
    private final Map<String, Fw> frameworks = new TreeMap<>();
    private final Map<String, Resources> agents = new TreeMap<>();
    private final Set<String> inactiveAgents = new TreeSet<>();
    private final Map<String, Map<String, Resources>> held = new TreeMap<>(); // agent -> framework -> held
    private int next;

    ClusterModel(Harness harness) {
        this.harness = harness;
    }

    void apply(Op operation) {
        if (operation instanceof AddFramework add) {
            String id = "f" + next++;
            List<String> roles = roles(add.roleMask());
            frameworks.put(id, new Fw(roles, new TreeSet<>(), new boolean[] {true}));
            var info = Harness.multiRole(id, roles.toArray(String[]::new));
            harness.addFramework(id, add.revocable() ? Harness.withCapabilities(info, Type.REVOCABLE_RESOURCES) : info);
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
            pick(frameworks.keySet(), suppress.pick()).ifPresent(id -> {
                Set<String> roles = Set.copyOf(roles(suppress.roleMask()));
                // No roles named means all of the framework's roles, for SUPPRESS as for REVIVE.
                Fw framework = frameworks.get(id);
                framework.suppressed().addAll(roles.isEmpty() ? framework.roles()
                        : roles.stream().filter(framework.roles()::contains).toList());
                harness.allocator.suppressOffers(frameworkId(id), roles);
            });
        } else if (operation instanceof Revive revive) {
            pick(frameworks.keySet(), revive.pick()).ifPresent(id -> {
                Set<String> roles = Set.copyOf(roles(revive.roleMask()));
                Fw framework = frameworks.get(id);
                framework.suppressed().removeAll(roles.isEmpty() ? framework.roles() : roles);
                harness.allocator.reviveOffers(frameworkId(id), roles);
            });
        } else if (operation instanceof ToggleFramework toggle) {
            pick(frameworks.keySet(), toggle.pick()).ifPresent(id -> {
                boolean[] active = frameworks.get(id).active();
                active[0] = !active[0];
                if (active[0]) {
                    harness.allocator.activateFramework(frameworkId(id));
                } else {
                    harness.allocator.deactivateFramework(frameworkId(id));
                }
            });
        } else if (operation instanceof ToggleAgent toggle) {
            pick(agents.keySet(), toggle.pick()).ifPresent(id -> {
                if (!inactiveAgents.remove(id)) {
                    inactiveAgents.add(id);
                    harness.allocator.deactivateAgent(agentId(id));
                } else {
                    harness.allocator.activateAgent(agentId(id));
                }
            });
        } else if (operation instanceof Advance advance) {
            harness.clock.advance(Duration.ofSeconds(advance.seconds()));
        } else if (operation instanceof SetQuota quota) {
            String role = List.of("a", "b", "c").get(quota.role());
            harness.allocator.updateQuota(role, Harness.quota(role,
                    quota.guarantee() == 0 ? "" : "cpus:" + quota.guarantee(),
                    quota.limit() == 0 ? "" : "cpus:" + quota.limit()));
        } else if (operation instanceof SetWeight weight) {
            harness.allocator.updateWeights(List.of(WeightInfo.newBuilder()
                    .setRole(ROLES.get(weight.role())).setWeight(weight.weight()).build()));
        }
    }

    /** Checks one offer against the model, then counts it as held. */
    void offered(RecordingCallback.Offered offer) {
        Fw framework = frameworks.get(offer.framework());
        assertTrue(framework != null && framework.active()[0], "offer to a gone or inactive framework: " + offer);
        assertTrue(framework.roles().contains(offer.role()) && !framework.suppressed().contains(offer.role()),
                "offer in a role not wanted: " + offer);
        assertTrue(agents.containsKey(offer.agent()) && !inactiveAgents.contains(offer.agent()),
                "offer of a gone or inactive agent: " + offer);
        Resources plain = offer.resources().unallocated();
        assertEquals(offer.resources().allocatedTo(offer.role()), offer.resources(), "allocation roles: " + offer);
        assertEquals(plain.allocatableTo(offer.role()), plain, "reserved for another role: " + offer);
        assertTrue(free(offer.agent()).contains(plain), "offered twice: " + offer + " beyond " + free(offer.agent()));
        held.computeIfAbsent(offer.agent(), a -> new TreeMap<>())
                .merge(offer.framework(), offer.resources(), Resources::plus);
    }

    private Resources free(String agent) {
        Resources free = agents.get(agent);
        for (Resources resources : held.getOrDefault(agent, Map.of()).values()) {
            free = free.minus(resources.unallocated());
        }
        return free;
    }

    private void addAgent(AddAgent add) {
        String id = "a" + next++;
        String reserved = add.reservedFor() == 0 ? "" : ";cpus(" + ROLES.get(add.reservedFor() - 1) + "):1";
        Resources total = Resources.parse("cpus:" + add.cpus() + ";mem:" + add.mem() + reserved);
        agents.put(id, total);
        Map<FrameworkID, Resources> used = new HashMap<>();
        Optional<String> seeded = add.seedFor() < 0 ? Optional.empty() : pick(frameworks.keySet(), add.seedFor());
        seeded.ifPresent(fid -> {
            String role = frameworks.get(fid).roles().get(0);
            Resources part = Resources.parse("cpus:" + (add.cpus() / 2.0)).allocate(role);
            used.put(frameworkId(fid), part);
            held.computeIfAbsent(id, a -> new TreeMap<>()).put(fid, part);
        });
        harness.addAgent(id, total.toString(), used);
    }

    private void recover(Recover recover) {
        List<String[]> pairs = new ArrayList<>();
        held.forEach((agent, byFramework) -> byFramework.keySet().forEach(fid -> pairs.add(new String[] {agent, fid})));
        pick(pairs, recover.pick()).ifPresent(pair -> {
            Resources all = held.get(pair[0]).get(pair[1]);
            String role = all.toProtos().get(0).getAllocationInfo().getRole();
            Resources part = all.allocatedTo(role);
            Optional<Filters> filters = switch (recover.filter()) {
                case 0 -> Optional.empty();
                case 1 -> Optional.of(Harness.refuse(0));
                case 2 -> Optional.of(Harness.refuse(5));
                default -> Optional.of(Harness.refuse(1e9));
            };
            harness.allocator.recoverResources(frameworkId(pair[1]), agentId(pair[0]), part, filters, false);
            Resources rest = all.minus(part);
            if (rest.isEmpty()) {
                held.get(pair[0]).remove(pair[1]);
            } else {
                held.get(pair[0]).put(pair[1], rest);
            }
        });
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

    private static <T> Optional<T> pick(Collection<T> items, int index) {
        return items.isEmpty() ? Optional.empty() : items.stream().skip(index % items.size()).findFirst();
    }
}
