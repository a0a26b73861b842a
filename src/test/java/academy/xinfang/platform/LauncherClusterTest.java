package academy.xinfang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.FakeLauncher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs standalone unless {@code ACADEMY_CLUSTER} names a cluster; then it passes Payara Micro a cluster
 * name derived from that name and {@code ACADEMY_CLUSTER_PASSWORD}, so that instances that do not share both never
 * join, and refuses to start (exit 2, naming the variable) on a missing or short password or a malformed member.
 */
class LauncherClusterTest {
    private static final String PASSWORD = "Jiqun-2026-secret";
    private static final Path PAYARA = Path.of("src/main/payara");
    private static final String STORE_OFF =
            "configs.config.server-config.availability-service.web-container-availability.availability-enabled=false";
    private static final String SCOPE =
            "configs.config.server-config.availability-service.web-container-availability.persistence-scope";

    @TempDir
    Path dir;

    @Test
    void withoutAClusterNameTheServerRunsStandalone() throws Exception {
        FakeLauncher launcher = launcher("default");
        FakeLauncher.Run run = launcher.run(Map.of());
        assertThat(run.exitValue()).as(run.terminal()).isZero();
        assertThat(launcher.javaCalls())
                .singleElement()
                .asString()
                .contains("--nocluster")
                .doesNotContain("--clustername");
        assertThat(run.terminal()).contains("academy-run: standalone");
    }

    @Test
    void aMemberListGivesATcpIpClusterWithoutHostAwarePartitioning() throws Exception {
        FakeLauncher launcher = launcher("tcpip");
        FakeLauncher.Run run = launcher.run(cluster(Map.of(
                "ACADEMY_CLUSTER_MEMBERS", "10.0.0.11:5900,app-2.county.local:5901",
                "ACADEMY_CLUSTER_PORT", "5901",
                "ACADEMY_CLUSTER_INTERFACE", "10.0.0.12",
                "ACADEMY_NODE_NAME", "node-b")));
        assertThat(run.exitValue()).as(run.terminal()).isZero();
        assertThat(launcher.javaCalls())
                .singleElement()
                .asString()
                .contains("--clustername county-" + digest("county:" + PASSWORD) + " ")
                .contains("--clustermode tcpip:10.0.0.11:5900,app-2.county.local:5901 ")
                .contains("--startport 5901 ", "--nohostaware ", "--name node-b ", "--interfaces 10.0.0.12 ")
                .doesNotContain("--nocluster");
        assertThat(run.terminal())
                .contains("academy-run: cluster \"county\" via tcpip, node node-b")
                .doesNotContain(PASSWORD)
                .doesNotContain(digest("county:" + PASSWORD));
    }

    @Test
    void withoutMembersTheNodesFindEachOtherByMulticastOnTheDefaultPort() throws Exception {
        FakeLauncher launcher = launcher("multicast");
        FakeLauncher.Run run = launcher.run(cluster(Map.of()));
        assertThat(run.exitValue()).as(run.terminal()).isZero();
        assertThat(launcher.javaCalls())
                .singleElement()
                .asString()
                .contains("--clustermode multicast:224.2.2.4:2904 ", "--startport 5900 ", "--nohostaware ")
                .doesNotContain("--interfaces");
        assertThat(run.terminal()).contains("academy-run: cluster \"county\" via multicast, node ");
    }

    @Test
    void onlyTheSameNameAndPasswordGiveTheSameClusterName() throws Exception {
        String first = clusterName("a", cluster(Map.of()));
        String again = clusterName("b", cluster(Map.of()));
        Map<String, String> otherPassword = cluster(Map.of());
        otherPassword.put("ACADEMY_CLUSTER_PASSWORD", PASSWORD + "x");
        Map<String, String> otherName = cluster(Map.of());
        otherName.put("ACADEMY_CLUSTER", "county2");
        assertThat(again).isEqualTo(first);
        assertThat(clusterName("c", otherPassword)).isNotEqualTo(first);
        assertThat(clusterName("d", otherName)).isNotEqualTo(first).startsWith("county2-");
    }

    /**
     * Alone, sessions stay in memory: with the store on, every request read back, deserialised, serialised and wrote
     * the whole session (half the CPU of a page). The settings come before boot, after the common ones.
     */
    @Test
    void aStandaloneServerKeepsSessionsOutOfTheStore() throws Exception {
        FakeLauncher launcher = launcher("standalone-sessions");
        assertThat(launcher.run(Map.of()).exitValue()).isZero();
        assertThat(preBootCommands(launcher))
                .startsWith(Files.readString(PAYARA.resolve("pre-boot-commands.asadmin")))
                .contains(STORE_OFF)
                .doesNotContain(SCOPE);
    }

    /** A cluster member keeps the store (sessions move), writing a session only after a request that changed it. */
    @Test
    void aClusterMemberKeepsSessionsInTheStoreWrittenWhenChanged() throws Exception {
        FakeLauncher launcher = launcher("cluster-sessions");
        assertThat(launcher.run(cluster(Map.of())).exitValue()).isZero();
        assertThat(preBootCommands(launcher))
                .startsWith(Files.readString(PAYARA.resolve("pre-boot-commands.asadmin")))
                .contains(SCOPE + "=modified-session")
                .doesNotContain(STORE_OFF);
    }

    /** The file the launcher gave Payara as its pre-boot commands. */
    private static String preBootCommands(FakeLauncher launcher) throws Exception {
        String call = launcher.javaCalls().get(0);
        return Files.readString(Path.of(call.replaceFirst(".*--prebootcommandfile (\\S+) .*", "$1")));
    }

    @Test
    void aClusterWithoutPasswordIsRefused() throws Exception {
        Map<String, String> env = cluster(Map.of());
        env.remove("ACADEMY_CLUSTER_PASSWORD");
        assertRefused(env, "ACADEMY_CLUSTER_PASSWORD is missing");
    }

    @Test
    void aShortPasswordIsRefused() throws Exception {
        Map<String, String> env = cluster(Map.of());
        env.put("ACADEMY_CLUSTER_PASSWORD", "elevenchars");
        assertRefused(env, "ACADEMY_CLUSTER_PASSWORD must have at least 12 characters");
    }

    @Test
    void aMemberWithoutPortIsRefused() throws Exception {
        assertRefused(
                cluster(Map.of("ACADEMY_CLUSTER_MEMBERS", "10.0.0.11:5900,10.0.0.12")),
                "ACADEMY_CLUSTER_MEMBERS entry '10.0.0.12' is not host:port");
    }

    @Test
    void aPortRangeAsMemberIsRefused() throws Exception {
        assertRefused(
                cluster(Map.of("ACADEMY_CLUSTER_MEMBERS", "10.0.0.11:5900-5902")),
                "ACADEMY_CLUSTER_MEMBERS entry '10.0.0.11:5900-5902' is not host:port");
    }

    private void assertRefused(Map<String, String> environment, String message) throws Exception {
        FakeLauncher launcher = launcher("refused");
        FakeLauncher.Run run = launcher.run(environment);
        assertThat(run.exitValue()).as(run.terminal()).isEqualTo(2);
        assertThat(run.terminal()).contains(message);
        assertThat(launcher.javaCalls()).isEmpty();
    }

    private String clusterName(String folder, Map<String, String> environment) throws Exception {
        FakeLauncher launcher = launcher(folder);
        assertThat(launcher.run(environment).exitValue()).isZero();
        String call = launcher.javaCalls().get(0);
        return call.replaceFirst(".*--clustername (\\S+) .*", "$1");
    }

    private FakeLauncher launcher(String folder) throws Exception {
        return new FakeLauncher(Files.createDirectories(dir.resolve(folder)), FakeLauncher.READY);
    }

    private static Map<String, String> cluster(Map<String, String> more) {
        Map<String, String> env =
                new HashMap<>(Map.of("ACADEMY_CLUSTER", "county", "ACADEMY_CLUSTER_PASSWORD", PASSWORD));
        env.putAll(more);
        return env;
    }

    private static String digest(String text) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, 16);
    }
}
