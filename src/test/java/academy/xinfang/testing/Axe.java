package academy.xinfang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of the journeys: axe-core, from the npm registry at the version pinned in
 * {@code src/test/axe/package-lock.json}, injected through Selenium into the page the browser shows. Injected by
 * WebDriver, the script runs outside the page's Content-Security-Policy, so the check needs no exception in the
 * policy. npm installs it once into {@code target/axe}; a machine without npm skips browser tests as one without
 * Chromium does, and fails them in CI.
 */
public final class Axe {
    private static final Path SOURCE = Paths.get("src", "test", "axe");
    private static final Path HOME = Paths.get("target", "axe");
    private static final Path SCRIPT = HOME.resolve("node_modules/axe-core/axe.min.js");
    /** Every check's counts, one line per page, for the closing note of a change (see {@link #record}). */
    public static final Path REPORT = Screens.ROOT.resolve("axe.tsv");

    private static String script;

    private Axe() {}

    /**
     * Runs axe-core on the page shown now (WCAG 2.x A and AA rules and axe's best practices) and returns its
     * violations of impact "serious" or "critical", each as one readable line: the rule, its impact, its help text and
     * the first elements it found. Also appends the counts per impact to {@link #REPORT}, labelled with {@code step}.
     */
    public static List<String> seriousViolations(WebDriver driver, String step) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(script());
        }
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact || '', help: v.help, count: v.nodes.length,
                        targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ')};
                  }));
                }, function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), count: 1,
                    targets: ''}]); });
                """);
        List<String> serious = new ArrayList<>();
        int[] counts = new int[4];
        for (Object item : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) item;
            String impact = String.valueOf(v.get("impact"));
            int count = ((Number) v.get("count")).intValue();
            switch (impact) {
                case "critical" -> counts[0] += count;
                case "serious" -> counts[1] += count;
                case "moderate" -> counts[2] += count;
                default -> counts[3] += count;
            }
            if (impact.equals("critical") || impact.equals("serious")) {
                serious.add(
                        v.get("id") + " (" + impact + ", " + count + "): " + v.get("help") + " — " + v.get("targets"));
            }
        }
        record(step + "\t" + driver.getCurrentUrl() + "\tcritical=" + counts[0] + "\tserious=" + counts[1]
                + "\tmoderate=" + counts[2] + "\tminor=" + counts[3]);
        return serious;
    }

    private static void record(String line) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(
                    REPORT, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String script() {
        if (script == null) {
            try {
                if (!Files.isRegularFile(SCRIPT)) {
                    install();
                }
                script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** {@code npm ci} of the pinned axe-core into target/axe; no scripts run, nothing is written outside target. */
    private static void install() throws IOException {
        Files.createDirectories(HOME);
        for (String name : List.of("package.json", "package-lock.json")) {
            Files.copy(SOURCE.resolve(name), HOME.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                    .directory(HOME.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(HOME.resolve("npm.log").toFile())
                    .start();
        } catch (IOException e) {
            String reason = "npm missing, needed for the accessibility check (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || "true".equals(System.getProperty("academy.browser"))) {
                throw new IllegalStateException("Browser tests are required but " + reason, e);
            }
            System.err.println("\n*** BROWSER TESTS SKIPPED: " + reason + "\n");
            Assumptions.abort("browser tests skipped: " + reason);
            return;
        }
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci of axe-core failed; see " + HOME.resolve("npm.log") + ":\n"
                        + Files.readString(HOME.resolve("npm.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
