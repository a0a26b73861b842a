package academy.xinfang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.FakeLauncher;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher stops and starts Payara Micro again when a start fails for a cause that passes (the HTTP listener not
 * starting under load, Hazelcast tripping over another instance starting at the same moment, Payara exiting during
 * boot), at most three times, and never retries a deployment that answered with an error.
 */
class LauncherStartTest {
    @TempDir
    Path dir;

    @Test
    void aListenerThatDidNotStartIsStoppedAndStartedAgain() throws Exception {
        FakeLauncher launcher = new FakeLauncher(
                dir,
                "if [ \"$n\" = 1 ]; then echo 'Error adding HttpProbes: GrizzlyProxy is NULL'; fi\n"
                        + FakeLauncher.READY);
        FakeLauncher.Run run = launcher.run(Map.of());
        assertThat(run.exitValue()).as(run.terminal()).isZero();
        assertThat(launcher.javaCalls()).hasSize(2);
        assertThat(run.terminal())
                .contains("start 1 of 3 failed: the HTTP listener did not start (GrizzlyProxy is NULL)")
                .contains("is ready at");
    }

    @Test
    void theTimeFromLaunchToTheFirstAnsweredPageIsPrinted() throws Exception {
        FakeLauncher launcher = new FakeLauncher(dir, "sleep 1.5\n" + FakeLauncher.READY);
        FakeLauncher.Run run = launcher.run(Map.of());
        assertThat(run.exitValue()).as(run.terminal()).isZero();
        // the fake Payara took 1.5 s to its ready line; the launcher's own work and the answered page add little
        assertThat(readySeconds(run)).isBetween(1.5, 10.0);
    }

    @Test
    void aStartThatFailedCountsInTheTimeToTheFirstPage() throws Exception {
        FakeLauncher launcher =
                new FakeLauncher(dir, "if [ \"$n\" = 1 ]; then sleep 1; exit 3; fi\n" + FakeLauncher.READY);
        FakeLauncher.Run run = launcher.run(Map.of());
        assertThat(run.exitValue()).as(run.terminal()).isZero();
        // the first start's second plus the launcher's pause of at least a second before the next
        assertThat(readySeconds(run)).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void aHazelcastCollisionAtBootIsStartedAgain() throws Exception {
        FakeLauncher launcher = new FakeLauncher(
                dir,
                "if [ \"$n\" = 1 ]; then echo 'java.lang.NullPointerException: Cannot invoke"
                        + " \"com.hazelcast.cluster.Member.getSocketAddress()\"'; sleep 30; fi\n"
                        + FakeLauncher.READY);
        FakeLauncher.Run run = launcher.run(Map.of());
        assertThat(run.exitValue()).as(run.terminal()).isZero();
        assertThat(launcher.javaCalls()).hasSize(2);
        assertThat(run.terminal()).contains("start 1 of 3 failed: Hazelcast failed", "is ready at");
    }

    @Test
    void aLoginPageThatDoesNotAnswerAfterTheReadyLineIsRetriedThreeTimesThenRefused() throws Exception {
        assertThat(refusedAfterReady("000", 3))
                .contains("start 1 of 3 failed", "start 2 of 3 failed")
                .contains("Xinfang Academy FAILED TO DEPLOY (login page answered HTTP 000) (start 3 of 3).")
                .doesNotContain("is ready at");
    }

    @Test
    void payaraExitingDuringStartIsRetriedUpToTheLimit() throws Exception {
        FakeLauncher launcher = new FakeLauncher(dir, "exit 3\n");
        FakeLauncher.Run run = launcher.run(Map.of("START_ATTEMPTS", "2"));
        assertThat(run.exitValue()).isEqualTo(1);
        assertThat(launcher.javaCalls()).hasSize(2);
        assertThat(run.terminal()).contains("Payara Micro exited during start (status 3) (start 2 of 2).");
    }

    @Test
    void aDeploymentThatAnswersWithAnErrorIsNotRetried() throws Exception {
        assertThat(refusedAfterReady("404", 1)).contains("FAILED TO DEPLOY (login page answered HTTP 404)");
    }

    /** What the launcher printed when Payara got ready but the login page answered so; it gave up after that many. */
    private String refusedAfterReady(String loginStatus, int starts) throws Exception {
        FakeLauncher launcher = new FakeLauncher(dir, FakeLauncher.READY);
        launcher.curlAnswers(loginStatus);
        FakeLauncher.Run run = launcher.run(Map.of());
        assertThat(run.exitValue()).isEqualTo(1);
        assertThat(launcher.javaCalls()).hasSize(starts);
        return run.terminal();
    }

    /** The seconds in the launcher's line {@code academy: ready in 9.8 s}, which must be there. */
    private static double readySeconds(FakeLauncher.Run run) {
        Matcher ready =
                Pattern.compile("(?m)^academy: ready in (\\d+\\.\\d) s$").matcher(run.terminal());
        assertThat(ready.find()).as(run.terminal()).isTrue();
        return Double.parseDouble(ready.group(1));
    }
}
