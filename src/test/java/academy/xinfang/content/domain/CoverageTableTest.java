package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * content/COVERAGE.md is the promise that every seed point and examined article is taught and examined: each row
 * names a module section that exists, at least two questions that exist in the banks and, for points about receiving
 * people, a scenario that exists; and the table covers the glossary's vocabulary, the seed points issue 11 found
 * missing, and Articles 6–16, 18 and 38–41. The files are read from the repository with the simplest means that match
 * their READMEs, independently of the importers.
 */
class CoverageTableTest {

    private static final Path TABLE = Path.of("content", "COVERAGE.md");
    private static final Pattern MODULE_ID = Pattern.compile("(?m)^id:[ \\t]*(\\S+)[ \\t]*$");
    private static final Pattern HEADING_ID = Pattern.compile("(?m)^##+ .*\\{#([a-z0-9-]+)\\}[ \\t]*$");
    private static final Pattern QUESTION_NAME = Pattern.compile("(?m)^::([A-Za-z0-9-]+)::");
    private static final Pattern SCENARIO_ID = Pattern.compile("(?m)^id:[ \\t]*(\\S+)[ \\t]*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ARTICLE = Pattern.compile("([0-9]+)(?:-([0-9]+))?");

    static final List<String> REQUIRED_SEED_KEYS = List.of(
            "seed-four-foundations",
            "seed-trust-visit",
            "seed-responsibility-visit",
            "seed-public-opinion-visit",
            "seed-no-small-matters",
            "seed-three-services",
            "seed-three-principles",
            "seed-emergency-principles",
            "seed-four-batches",
            "seed-four-fixes",
            "seed-four-visit-modes",
            "seed-three-sensitivities-four-priorities",
            "seed-five-conditions",
            "seed-five-causes",
            "seed-three-checks");
    /** Seed points about receiving people: their rows must name a scenario, like taboos, visitor types, attitudes. */
    static final Set<String> RECEPTION_SEED_KEYS = Set.of("seed-trust-visit", "seed-no-small-matters");

    static final Set<Integer> REQUIRED_ARTICLES = required();

    private static Known known;

    /** What the repository really ships: module sections, question names, scenario ids. */
    record Known(Map<String, Set<String>> sections, Set<String> questions, Set<String> scenarios) {}

    /** One row of the table, its cells as written. */
    record Row(
            int line,
            String key,
            Set<Integer> articles,
            String section,
            List<String> questions,
            List<String> scenarios) {}

    private static Set<Integer> required() {
        Set<Integer> articles = new TreeSet<>();
        IntStream.rangeClosed(6, 16).forEach(articles::add);
        articles.add(18);
        IntStream.rangeClosed(38, 41).forEach(articles::add);
        return articles;
    }

    @BeforeAll
    static void readTheRepository() throws IOException {
        Map<String, Set<String>> sections = new HashMap<>();
        for (Path f : list(Path.of("content"), "[0-9]{2}-.+\\.md")) {
            String text = TestFiles.read(f);
            Matcher id = MODULE_ID.matcher(text);
            assertThat(id.find()).as("front matter id of %s", f).isTrue();
            Set<String> ids = new HashSet<>();
            HEADING_ID.matcher(text).results().forEach(m -> ids.add(m.group(1)));
            sections.put(id.group(1), ids);
        }
        Set<String> questions = new HashSet<>();
        for (Path f : list(Path.of("quizzes"), ".+\\.gift")) {
            QUESTION_NAME.matcher(TestFiles.read(f)).results().forEach(m -> questions.add(m.group(1)));
        }
        Set<String> scenarios = new HashSet<>();
        for (Path f : list(Path.of("quizzes", "scenarios"), ".+\\.yaml")) {
            Matcher id = SCENARIO_ID.matcher(TestFiles.read(f));
            assertThat(id.find()).as("id of %s", f).isTrue();
            scenarios.add(id.group(1));
        }
        known = new Known(sections, questions, scenarios);
    }

    private static List<Path> list(Path folder, String nameRegex) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(nameRegex))
                    .sorted()
                    .toList();
        }
    }

    /** The rows of the table: lines starting with "| `" under the header row of seven columns. */
    static List<Row> parse(String markdown) {
        List<Row> rows = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0))
                    .split("\\|", -1);
            assertThat(cells).as("columns of line %d", i + 1).hasSize(7);
            rows.add(new Row(
                    i + 1, single(cells[0]), articles(cells[3]), single(cells[4]), codes(cells[5]), codes(cells[6])));
        }
        return rows;
    }

    private static List<String> codes(String cell) {
        return CODE.matcher(cell).results().map(m -> m.group(1).strip()).toList();
    }

    private static String single(String cell) {
        List<String> codes = codes(cell);
        return codes.size() == 1 ? codes.get(0) : "";
    }

    private static Set<Integer> articles(String cell) {
        Set<Integer> articles = new TreeSet<>();
        ARTICLE.matcher(cell).results().forEach(m -> {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            IntStream.rangeClosed(from, to).forEach(articles::add);
        });
        return articles;
    }

    /** Everything wrong with the rows against what the repository ships, one message per problem. */
    static List<String> problems(List<Row> rows, Known known) {
        List<String> problems = new ArrayList<>();
        Map<String, Row> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            String where = "line " + row.line() + " (" + row.key() + ")";
            if (row.key().isEmpty()) {
                problems.add(where + ": no key");
            } else if (byKey.put(row.key(), row) != null) {
                problems.add(where + ": key used twice");
            }
            String[] section = row.section().split("#", 2);
            if (section.length != 2 || !known.sections().containsKey(section[0])) {
                problems.add(where + ": no module " + row.section());
            } else if (!known.sections().get(section[0]).contains(section[1])) {
                problems.add(where + ": no section " + row.section());
            }
            if (new HashSet<>(row.questions()).size() < 2) {
                problems.add(where + ": fewer than two questions");
            }
            row.questions().stream()
                    .filter(q -> !known.questions().contains(q))
                    .forEach(q -> problems.add(where + ": no question " + q));
            row.scenarios().stream()
                    .filter(s -> !known.scenarios().contains(s))
                    .forEach(s -> problems.add(where + ": no scenario " + s));
            boolean aboutReception =
                    Tag.parse(row.key()).map(t -> t.kind() != TagKind.QUALITY).orElse(false)
                            || RECEPTION_SEED_KEYS.contains(row.key());
            if (aboutReception && row.scenarios().isEmpty()) {
                problems.add(where + ": about receiving people but no scenario");
            }
        }
        Arrays.stream(Tag.values())
                .map(Tag::name)
                .filter(k -> !byKey.containsKey(k))
                .forEach(k -> problems.add("no row for " + k));
        REQUIRED_SEED_KEYS.stream().filter(k -> !byKey.containsKey(k)).forEach(k -> problems.add("no row for " + k));
        Set<Integer> covered = new TreeSet<>();
        rows.forEach(r -> covered.addAll(r.articles()));
        REQUIRED_ARTICLES.stream()
                .filter(a -> !covered.contains(a))
                .forEach(a -> problems.add("no row for Article " + a));
        return problems;
    }

    @Test
    void theShippedTableHasNoProblem() throws IOException {
        List<Row> rows = parse(TestFiles.read(TABLE));

        assertThat(rows)
                .as("rows of %s", TABLE)
                .hasSizeGreaterThanOrEqualTo(REQUIRED_SEED_KEYS.size() + Tag.values().length);
        assertThat(problems(rows, known)).isEmpty();
    }

    @Test
    void theRepositoryWasRead() {
        assertThat(known.sections())
                .containsKeys(
                        "petition-basics", "petition-work-system", "openness-and-supervision", "petition-outlook");
        assertThat(known.sections().get("six-taboos")).contains("cold-reception", "self-check");
        assertThat(known.questions()).contains("tb-rec-cold", "ws-pattern-roles", "fx-review-body");
        assertThat(known.scenarios()).contains("broken-railing", "first-time-land");
    }

    @Test
    void eachKindOfHoleIsReported() {
        Known small = new Known(
                Map.of("six-taboos", Set.of("cold-reception")),
                Set.of("tb-rec-cold", "tb-bp-cold"),
                Set.of("first-time-land"));
        List<Row> rows = parse("""
                | key | point | source | articles | module section | questions | scenarios |
                |---|---|---|---|---|---|---|
                | `COLD_RECEPTION` | 接待冷淡 | 000 | — | `six-taboos#cold-reception` | `tb-rec-cold`, `tb-bp-cold` | `first-time-land` |
                | `HARSH_ATTITUDE` | 态度生硬 | 000 | 6-16, 18 | `six-taboos#harsh-attitude` | `tb-rec-cold`, `tb-rec-harsh` | — |
                | `seed-trust-visit` | 信任访 | 002 | 38-40 | `petition-outlook#trust-visit` | `tb-rec-cold` | `no-such-scenario` |
                """);

        assertThat(rows)
                .extracting(Row::articles)
                .containsExactly(
                        Set.of(),
                        new TreeSet<>(List.of(6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18)),
                        Set.of(38, 39, 40));
        assertThat(problems(rows, small))
                .contains(
                        "line 4 (HARSH_ATTITUDE): no section six-taboos#harsh-attitude",
                        "line 4 (HARSH_ATTITUDE): no question tb-rec-harsh",
                        "line 4 (HARSH_ATTITUDE): about receiving people but no scenario",
                        "line 5 (seed-trust-visit): no module petition-outlook#trust-visit",
                        "line 5 (seed-trust-visit): fewer than two questions",
                        "line 5 (seed-trust-visit): no scenario no-such-scenario",
                        "no row for POLITICAL_INTEGRITY",
                        "no row for FIRST_TIME",
                        "no row for WARMTH",
                        "no row for seed-three-services",
                        "no row for Article 41")
                .doesNotContain(
                        "no row for COLD_RECEPTION",
                        "no row for seed-trust-visit",
                        "no row for Article 16",
                        "no row for Article 39")
                .noneMatch(p -> p.startsWith("line 3"));
    }
}
