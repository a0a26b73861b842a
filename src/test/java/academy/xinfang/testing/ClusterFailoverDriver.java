package academy.xinfang.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@link FailoverJourney} from the command line, for the container test: through a load balancer, stopping the
 * node that served the session with a shell command. Which node that was, the balancer says in its sticky cookie
 * (HAProxy's {@code SERVERID}, whose value is the node's name). Exit status 0 when every confirmed answer and turn is
 * stored and the attempt is submitted; the last line printed is the figures.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     academy.xinfang.testing.ClusterFailoverDriver --url http://127.0.0.1:8080 \
 *     --jdbc jdbc:mysql://127.0.0.1:3306/academy --db-user academy --db-password ... \
 *     --admin-password ... --stop-command 'podman stop -t 10 ft-%s'
 * </pre>
 *
 * For trying the driver without a balancer: {@code --switch-to URL} points the client at another node after the stop
 * command, and {@code --cookie NAME=VALUE} sets the sticky cookie a balancer would have set.
 */
public final class ClusterFailoverDriver {
    private static final List<String> REQUIRED =
            List.of("--url", "--jdbc", "--db-user", "--db-password", "--admin-password", "--stop-command");

    private ClusterFailoverDriver() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** Runs the journey; returns the exit status (0 passed, 1 failed, 2 wrong options). */
    public static int run(String... args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        List<String> missing =
                REQUIRED.stream().filter(o -> !options.containsKey(o)).toList();
        if (args.length % 2 != 0 || !missing.isEmpty()) {
            System.err.println("usage: ClusterFailoverDriver --url URL --jdbc JDBC_URL --db-user USER --db-password PW"
                    + " --admin-password PW --stop-command 'COMMAND %s' [--sticky-cookie SERVERID]"
                    + " [--switch-to URL] [--cookie NAME=VALUE]; missing " + missing);
            return 2;
        }
        String url = options.get("--url");
        String sticky = options.getOrDefault("--sticky-cookie", "SERVERID");
        FailoverJourney.Setup setup = FailoverJourney.prepare(url, options.get("--admin-password"));
        RawClient officer = new RawClient(url);
        if (options.containsKey("--cookie")) {
            String[] cookie = options.get("--cookie").split("=", 2);
            officer.cookie(cookie[0], cookie[1]);
        }
        FailoverJourney.Figures figures = FailoverJourney.run(
                officer,
                setup,
                () -> {
                    String node = officer.cookie(sticky);
                    if (node == null) {
                        throw new IllegalStateException("no " + sticky + " cookie: which node served the session?");
                    }
                    stop(String.format(options.get("--stop-command"), node));
                    if (options.containsKey("--switch-to")) {
                        officer.switchTo(options.get("--switch-to"));
                    }
                },
                () -> DriverManager.getConnection(
                        options.get("--jdbc"), options.get("--db-user"), options.get("--db-password")));
        if (!figures.passed()) {
            System.out.println("failover: FAILED; requests after the switch:");
            figures.requests().forEach(r -> System.out.println("  " + r));
        }
        System.out.println(figures.summary());
        return figures.passed() ? 0 : 1;
    }

    /** Runs the stop command in a shell; it must succeed. */
    private static void stop(String command) throws IOException, InterruptedException {
        System.out.println("failover: stopping the node that served the session: " + command);
        Process p = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("stop command failed: " + command + "\n" + output);
        }
    }
}
