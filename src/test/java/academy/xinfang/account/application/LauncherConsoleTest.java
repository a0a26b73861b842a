package academy.xinfang.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.FakeLauncher;
import academy.xinfang.testing.TestFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code src/main/sh/academy-run.sh}) run with a fake {@code java} and {@code curl} on the PATH: the
 * generated administrator password is shown on the terminal but never written to the console log, which only its
 * owner may read, and Ctrl-C / SIGTERM still reach Java.
 */
class LauncherConsoleTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratedPasswordReachesTheTerminalButNeverTheConsoleLog() throws Exception {
        String password = "Gen3ratedPassw0rdQ";
        StringBuilder notice = new StringBuilder();
        for (String line : FirstAdministrator.consoleNotice(password).split("\n")) {
            notice.append("printf '%s\\n' '").append(line.replace("'", "'\\''")).append("'\n");
        }
        FakeLauncher launcher = new FakeLauncher(
                dir, notice + "echo 'Payara Micro 6.2025.10 ready in 1234 (ms)'\nsleep 0.3\necho 'after ready'\n");
        FakeLauncher.Run run = launcher.run(Map.of());
        String terminal = run.terminal();
        assertThat(run.exitValue()).as(terminal).isZero();

        Path log = dir.resolve("data/academy-console.log");
        String logged = TestFiles.read(log);
        assertThat(terminal).contains(password);
        assertThat(logged).doesNotContain(password).contains("first administrator", "ready in", "after ready");
        assertThat(Files.getPosixFilePermissions(log))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void anExistingConsoleLogIsTruncatedAndMadePrivate() throws Exception {
        Path log = Files.createDirectories(dir.resolve("data")).resolve("academy-console.log");
        Files.writeString(log, "old run\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        new FakeLauncher(dir, FakeLauncher.READY).run(Map.of());
        assertThat(TestFiles.read(log)).doesNotContain("old run").contains("ready in");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                .isEqualTo("rw-------");
    }

    @Test
    void sigtermStillReachesJavaAndTheLauncherStopsCleanly() throws Exception {
        Path got = dir.resolve("java-got-term");
        Process launcher = new FakeLauncher(
                        dir,
                        "trap 'echo TERM > \"" + got + "\"; exit 0' TERM\n"
                                + "echo 'Payara Micro 6.2025.10 ready in 1 (ms)'\n"
                                + "while :; do sleep 0.1; done\n")
                .start(Map.of());
        StringBuilder seen = new StringBuilder();
        var out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("is ready at")) {
                break;
            }
        }
        assertThat(seen.toString()).contains("is ready at");
        launcher.destroy(); // SIGTERM
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isZero();
        assertThat(got).exists();
    }
}
