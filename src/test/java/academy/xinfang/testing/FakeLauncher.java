package academy.xinfang.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The launcher ({@code src/main/sh/academy-run.sh}) run in a folder of its own with a fake {@code java} and
 * {@code curl} first on the PATH: the fake {@code java} runs a given shell body (with {@code $n}, the number of this
 * start, counted from 1) and records its arguments, one start per line; the fake {@code curl} answers the login page
 * with the status in {@link #curlAnswers(String)} (200 unless told).
 */
public final class FakeLauncher {
    private static final Path SCRIPT = Paths.get("src/main/sh/academy-run.sh").toAbsolutePath();

    /**
     * A {@code java} body that prints Payara's ready line and runs on for a second: a fake that ended at once could end
     * before its ready line reached the log, which the launcher rightly takes for Payara exiting during start.
     */
    public static final String READY = "echo 'Payara Micro 6.2025.10 ready in 1 (ms)'\nsleep 1\n";

    private final Path dir;

    /** The finished launcher: its exit status and everything it printed (output and errors together). */
    public record Run(int exitValue, String terminal) {}

    public FakeLauncher(Path dir, String javaBody) throws IOException {
        this.dir = dir;
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(
                bin.resolve("java"),
                "#!/usr/bin/env bash\n"
                        + "printf '%s\\n' \"$*\" >> \"" + calls() + "\"\n"
                        + "n=$(wc -l < \"" + calls() + "\")\n"
                        + javaBody);
        curlAnswers("200");
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/academy.war"), "war");
        Files.writeString(dir.resolve("target/payara-micro.jar"), "jar");
    }

    public void curlAnswers(String status) throws IOException {
        executable(dir.resolve("bin/curl"), "#!/usr/bin/env bash\nprintf " + status + "\n");
    }

    /** Starts the launcher with these environment variables (added to the test's own, whatever PATH they give). */
    public Process start(Map<String, String> environment) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().remove("ACADEMY_LOG");
        pb.environment().keySet().removeIf(key -> key.startsWith("ACADEMY_CLUSTER") || key.equals("ACADEMY_NODE_NAME"));
        pb.environment().put("BOOT_TIMEOUT", "20");
        pb.environment().putAll(environment);
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        return pb.start();
    }

    /** Runs the launcher to its end (at most a minute). */
    public Run run(Map<String, String> environment) throws IOException, InterruptedException {
        Process launcher = start(environment);
        String terminal = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
            throw new IllegalStateException("the launcher did not end: " + terminal);
        }
        return new Run(launcher.exitValue(), terminal);
    }

    /** The arguments of every start of the fake {@code java}, one line each; none when it was never started. */
    public List<String> javaCalls() {
        return Files.exists(calls()) ? TestFiles.lines(calls()) : List.of();
    }

    private Path calls() {
        return dir.resolve("java-calls");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
