package academy.xinfang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each feature owns its tables, which bytecode rules cannot see: a JPQL string names entities, not classes. This reads
 * the main sources, finds the {@code @Entity} classes of each feature (and of the platform), and checks that no query
 * text of one names, after {@code from}, {@code join} or {@code update}, an entity of another: a name or a department
 * is asked of the account feature's application layer, not joined to.
 */
class QueryOwnershipTest {
    static final Path SOURCES = Path.of("src/main/java/academy/xinfang");
    static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");
    static final Pattern ENTITY_REFERENCE = Pattern.compile("(?i:\\b(?:from|join|update)\\s+)([A-Z]\\w*)");

    @Test
    void noQueryNamesAnotherFeaturesEntity() {
        Map<String, String> owners = entityOwners();
        assertThat(owners).as("entities found").containsEntry("User", "account").containsEntry("PlayTurn", "roleplay");
        List<String> trespasses = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            String feature = SOURCES.relativize(file).getName(0).toString();
            for (String entity : entitiesNamed(read(file))) {
                String owner = owners.get(entity);
                if (owner != null && !owner.equals(feature)) {
                    trespasses.add(SOURCES.relativize(file) + " queries " + owner + "'s " + entity);
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    /** The scanner itself: the query role-play used to read names with is caught, a path through a field is not. */
    @Test
    void theScannerFindsEntitiesInTextBlocksAndStringsButNotPaths() {
        String source = "em.createQuery(\"\"\"\n select t, u.username from PlayTurn t join t.session s\n"
                + " left join User u on u.id = s.userId\"\"\"); em.createQuery(\"update Cohort c set c.name = :n\");"
                + " String s = \"select v from PlaySession p join p.scenarioVersion v\";";
        assertThat(entitiesNamed(source)).containsExactly("PlayTurn", "User", "Cohort", "PlaySession");
    }

    /** Entity names (the class names: none is renamed with {@code @Entity(name = ...)}) to the feature declaring them. */
    static Map<String, String> entityOwners() {
        Map<String, String> owners = new TreeMap<>();
        for (Path file : javaFiles(SOURCES)) {
            String text = read(file);
            if (Pattern.compile("^@Entity\\b", Pattern.MULTILINE).matcher(text).find()) {
                assertThat(text)
                        .as(file + " keeps its class name as entity name")
                        .doesNotContain("@Entity(");
                String name = file.getFileName().toString().replace(".java", "");
                owners.put(name, SOURCES.relativize(file).getName(0).toString());
            }
        }
        return owners;
    }

    /** The capitalised names after {@code from}, {@code join} or {@code update} in the string literals of a source. */
    static List<String> entitiesNamed(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(" "));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        List<String> names = new ArrayList<>();
        for (String literal : literals) {
            Matcher m = ENTITY_REFERENCE.matcher(literal);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
