package academy.xinfang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A migration that has reached main has run on someone's database: Flyway refuses to start when its checksum changes
 * (and an edited migration would never run again where it already ran). Each one is recorded here with its SHA-256
 * when it lands; a change to the schema after that is a new migration. Add a line for each new migration.
 */
class ReleasedMigrationsTest {
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final Path RELEASED = Path.of("src", "test", "resources", "db", "released-migrations.sha256");

    @Test
    void noReleasedMigrationChangesAndEveryMigrationIsRecorded() throws IOException, NoSuchAlgorithmException {
        List<String> changed = new ArrayList<>();
        List<String> recorded = new ArrayList<>();
        for (String line : TestFiles.lines(RELEASED)) {
            if (line.isBlank()) {
                continue;
            }
            String sha = line.substring(0, 64);
            String file = line.substring(64).trim();
            recorded.add(file);
            Path path = MIGRATIONS.resolve(file);
            if (!Files.exists(path)) {
                changed.add(file + " was removed");
                continue;
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(TestFiles.bytes(path));
            if (!HexFormat.of().formatHex(digest).equals(sha)) {
                changed.add(file + " was edited");
            }
        }
        assertThat(changed)
                .as("released migrations are never edited: write a new one")
                .isEmpty();
        try (var files = Files.list(MIGRATIONS)) {
            assertThat(recorded)
                    .as("every migration is recorded in " + RELEASED)
                    .containsAll(files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
