package academy.xinfang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * The one-module course "cert-mini" (the six-taboos module alone, so that finishing it takes seconds) on a server of
 * its own, shared by the certificate and completion-report tests, and assigning it as an administrator does.
 */
public final class MiniCourse {
    public static final String KEY = "cert-mini";
    public static final String MODULE = "six-taboos";
    private static final String COURSE = """
            key: cert-mini
            title:
              zh: 六忌速成
              en: Six taboos in brief
            description: 只有一个模块的短课程。
            items:
              - type: module
                ref: six-taboos
            """;

    private MiniCourse() {}

    /** The server whose course folder holds only this course. */
    public static final String ISSUER = "城关县信访局";

    public static final int PUBLIC_PORT = 9191;

    public static PayaraServer server() {
        try {
            Path folder = Paths.get("target", "it-certificates-courses").toAbsolutePath();
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(KEY + ".yaml"), COURSE, StandardCharsets.UTF_8);
            // An issuing unit of its own, and a PORT but no public address: certificates name that unit, and their
            // address (printed and in the QR code) follows PORT. PORT is only read for that default here: the test
            // server listens on a port of its own choosing.
            return PayaraServer.named(
                    "certificates",
                    Map.of(
                            "ACADEMY_COURSES_DIR",
                            folder.toString(),
                            "ACADEMY_CERTIFICATE_ISSUER",
                            ISSUER,
                            "PORT",
                            String.valueOf(PUBLIC_PORT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Assigns the course on the administrators' course page: {@code kind} is the option's label, {@code department}
     * and {@code username} whichever the kind needs (null otherwise), dates as yyyy-MM-dd.
     */
    public static void assign(
            Fixtures fixtures, String kind, String department, String username, String start, String deadline) {
        Fixtures.assignCourse(fixtures.admin(), "六忌速成", kind, department, username, start, deadline);
    }
}
