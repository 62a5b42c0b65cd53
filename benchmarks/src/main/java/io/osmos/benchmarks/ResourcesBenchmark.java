package io.osmos.benchmarks;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What an allocator does to resources on every offer cycle, on two shapes of agent: a typical
 * one, and a larger one with three roles, static, dynamic and refined reservations, revocable
 * resources and a set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResourcesBenchmark {
    static final String AGENT = "cpus:24;mem:4096;disk:4096;ports:[31000-32000]";
    static final String AGENT_TASK = "cpus:1;mem:128;disk:64;ports:[31000-31000]";
    static final String MIXED = "cpus:16;mem:65536;disk:100000;gpus:2;ports:[31000-31999, 33000-33999];"
        + "cpus(a):4;mem(a):8192;disk(a):2000;"
        + "cpus(b/c):2;mem(b/c):4096;ports(b/c):[32000-32099];"
        + "cpus(reservations: [(DYNAMIC,d,ops)]):3;mem(reservations: [(DYNAMIC,d,ops)]):2048;"
        + "disk(reservations: [(STATIC,b), (DYNAMIC,b/c,ops)]):500;"
        + "cpus{REV}:8;mem{REV}:4096;zones:{us-east-1a, us-east-1b}";
    static final String MIXED_TASK = "cpus:2;mem:2048;ports:[31000-31009, 33005-33005];cpus(a):1;mem(a):1024;"
        + "cpus(reservations: [(DYNAMIC,d,ops)]):1;cpus{REV}:1";

    @Param({"agent", "mixed"})
    public String shape;

    private String text;
    private Resources total;
    private Resources task;
    private Resources sameAsTotal;
    private List<Protos.Resource> protos;

    @Setup
    public void setUp() {
        boolean agent = shape.equals("agent");
        text = agent ? AGENT : MIXED;
        total = Resources.parse(text);
        task = Resources.parse(agent ? AGENT_TASK : MIXED_TASK);
        // Same content parsed from the tokens in reverse order, so equals cannot short-cut.
        List<String> tokens = new ArrayList<>(List.of(text.split(";")));
        Collections.reverse(tokens);
        sameAsTotal = Resources.parse(String.join(";", tokens));
        protos = total.toProtos();
        if (!sameAsTotal.equals(total) || !total.contains(task) || !total.minus(task).plus(task).equals(total)) {
            throw new IllegalStateException("benchmark inputs are wrong: " + sameAsTotal + " vs " + total);
        }
    }

    @Benchmark
    public Resources parse() {
        return Resources.parse(text);
    }

    @Benchmark
    public Resources fromProtos() {
        return Resources.of(protos);
    }

    @Benchmark
    public Resources plus() {
        return total.plus(task);
    }

    @Benchmark
    public Resources minus() {
        return total.minus(task);
    }

    @Benchmark
    public boolean contains() {
        return total.contains(task);
    }

    @Benchmark
    public boolean equality() {
        return total.equals(sameAsTotal);
    }

    /** One allocation step: what a role may use, is the task within it, what is left. */
    @Benchmark
    public Resources offerCycle() {
        Resources allocatable = total.allocatableTo("a");
        return allocatable.contains(task.unreserved()) ? total.minus(task.unreserved()) : total;
    }
}
