package academy.xinfang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of a journey's steps, kept under {@code target/screenshots/<journey>/} (CI keeps that folder), so that
 * a reviewer sees what a phone and a laptop showed at each step without running anything.
 */
public final class Screens {
    /** Where the screenshots go; relative to the project, where Maven runs the tests. */
    public static final Path ROOT = Paths.get("target", "screenshots");

    private Screens() {}

    /**
     * Saves the whole page (not only the visible part, so a phone's long page shows what lies below the fold) as
     * {@code target/screenshots/<journey>/<step>-<width>x<height>.png} and returns the file.
     */
    public static Path shoot(WebDriver driver, String journey, String step, Viewport viewport) {
        Object shot = ((ChromeDriver) driver)
                .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        String data = String.valueOf(((Map<?, ?>) shot).get("data"));
        Path file = ROOT.resolve(journey).resolve(step + "-" + viewport.label() + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
