package io.osmos.simulator;

import io.osmos.simulator.framework.LaunchReport;
import java.time.Duration;

/**
 * The simulator's command line: {@code --agents=1000 --frameworks=10 --tasks=100000 --duration=5mins}
 * (see the README for every flag). Prints a summary; exits 1 when not every task reached
 * TASK_RUNNING, 2 on bad flags.
 */
public final class Simulator {
    private Simulator() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
            if (options.text("role").equals("agents")) {
                AgentsRole.run(options);
                return;
            }
            if (!options.text("role").equals("all")) {
                throw new IllegalArgumentException("--role must be 'all' or 'agents', got '" + options.text("role") + "'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("osmos-simulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options) ? 0 : 1);
    }

    /** A whole run; true when every task reached TASK_RUNNING. */
    static boolean run(Options options) throws Exception {
        try (Simulation simulation = Simulation.start(options)) {
            System.out.printf("Master at 127.0.0.1:%d, %d agents registered in %.1f s; launching%n",
                    simulation.masterAddress().getPort(), simulation.registeredAgents(),
                    simulation.registrationSeconds());
            LaunchReport launch = simulation.launch();
            Measurements measured = simulation.measure();
            Summary.print(System.out, options, simulation, launch, measured);
            Duration hold = options.duration("hold");
            if (!hold.isZero()) {
                System.out.printf("Holding the cluster for %s at http://127.0.0.1:%d/%n", hold,
                        simulation.masterAddress().getPort());
                Thread.sleep(hold.toMillis());
            }
            return launch.running() == launch.tasks();
        }
    }
}
