package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What makes a shipped bank worth answering (issue #11, item 11), checked on quizzes/*.gift as read by our own parser.
 *
 * <ul>
 *   <li><b>The key must not give itself away by its length.</b> In a bank's single-choice and case items, the share
 *       of items whose keyed option is the longest must stay below {@value #MAX_KEY_LONGEST_PERCENT} %. Length is
 *       counted in characters (code points) of the option text, feedback excluded, after trimming. A tie counts as
 *       longest: a key exactly as long as the longest distractor still stands out among shorter ones, so only a
 *       distractor strictly longer than the key lets an item off. The one exception is an item whose options all
 *       have the same length (four eight-character phrases, four numbers of one digit): there length tells the
 *       learner nothing, so the item does not count as key-longest.
 *   <li><b>A case must test transfer, not recall.</b> A case item (its scene and question, options excluded) must not
 *       replay a module's text. Both texts are compared with punctuation, whitespace and Markdown removed (only
 *       letters and digits kept), and the case is flagged when it shares one run of
 *       {@value #MAX_SHARED_RUN} or more consecutive characters with any module, or when runs of
 *       {@value #SHORT_RUN} or more characters shared with one module cover {@value #MAX_COVERED_PERCENT} % or more
 *       of the case (a paraphrase that keeps the example's phrases chunk by chunk). A short run such as an article
 *       number or a taboo's name is not a replay; a worked example retold with its names and numbers is.
 * </ul>
 */
class BankQualityTest {

    static final int MAX_KEY_LONGEST_PERCENT = 40;
    static final int MAX_SHARED_RUN = 15;
    static final int SHORT_RUN = 8;
    static final int MAX_COVERED_PERCENT = 25;

    private static final Path QUIZZES = Paths.get("quizzes");
    private static final Path CONTENT = Paths.get("content");

    private static final Map<String, List<Question>> BANKS = new LinkedHashMap<>();
    private static final Map<String, String> MODULES = new LinkedHashMap<>();

    @BeforeAll
    static void readBanksAndModules() throws IOException {
        assertThat(QUIZZES).as("tests run from the project root").isDirectory();
        try (Stream<Path> files = Files.list(QUIZZES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".gift")).sorted().toList()) {
                String name = file.getFileName().toString();
                BankParseResult result = GiftParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
                assertThat(result.problems()).as(name).isEmpty();
                BANKS.put(name, result.questions());
            }
        }
        try (Stream<Path> files = Files.list(CONTENT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                MODULES.put(file.getFileName().toString(), lettersAndDigits(Files.readString(file,
                        StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void inEveryBankTheKeyIsTheLongestOptionInFewerThanFortyPercentOfChoiceItems() {
        List<String> tooMany = new ArrayList<>();
        int allItems = 0;
        int allLongest = 0;
        for (Map.Entry<String, List<Question>> bank : BANKS.entrySet()) {
            List<Question> items = bank.getValue().stream()
                    .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.CASE).toList();
            List<String> longest = items.stream().filter(BankQualityTest::keyIsLongest).map(Question::name).toList();
            allItems += items.size();
            allLongest += longest.size();
            String line = String.format("%-42s key longest in %2d of %2d single/case items (%5.1f %%) %s",
                    bank.getKey(), longest.size(), items.size(), percent(longest.size(), items.size()), longest);
            System.out.println(line);
            if (!items.isEmpty() && longest.size() * 100 >= MAX_KEY_LONGEST_PERCENT * items.size()) {
                tooMany.add(line);
            }
        }
        System.out.printf("all banks: key longest in %d of %d single/case items (%.1f %%)%n", allLongest, allItems,
                percent(allLongest, allItems));
        assertThat(tooMany).as("banks whose key is the longest option in %d %% or more of their single/case items",
                MAX_KEY_LONGEST_PERCENT).isEmpty();
    }

    @Test
    void noCaseItemReplaysTheTextOfAModule() {
        List<String> replays = new ArrayList<>();
        BANKS.forEach((bank, questions) -> questions.stream().filter(q -> q.type() == QuestionType.CASE).forEach(q -> {
            String text = lettersAndDigits(q.text() + q.textAfter());
            MODULES.forEach((module, moduleText) -> {
                String run = longestSharedRun(text, moduleText);
                int covered = coveredByRuns(text, moduleText, SHORT_RUN);
                if (run.length() >= MAX_SHARED_RUN || covered * 100 >= MAX_COVERED_PERCENT * text.length()) {
                    replays.add(String.format("%s %s ~ %s: longest shared run %d (%s), %.0f %% in runs of %d+",
                            bank, q.name(), module, run.length(), run, percent(covered, text.length()), SHORT_RUN));
                }
            });
        }));
        replays.forEach(System.out::println);
        assertThat(replays).as("case items that replay a module's text instead of testing transfer").isEmpty();
    }

    @Test
    void theChecksThemselvesSeeWhatTheyAreMeantToSee() {
        Question tied = choiceItem("甲乙丙", "甲乙丙", "甲", "乙");
        Question shorter = choiceItem("甲乙", "甲乙丙", "甲", "乙");
        assertThat(keyIsLongest(tied)).as("a tie counts as longest").isTrue();
        assertThat(keyIsLongest(shorter)).isFalse();
        assertThat(keyIsLongest(choiceItem("甲乙丙丁", "甲乙丙", "甲", "乙"))).isTrue();
        assertThat(keyIsLongest(choiceItem("甲乙", "丙丁", "戊己", "庚辛"))).as("all options equally long").isFalse();

        assertThat(lettersAndDigits("**案例**：老王，（65岁）说 “不行！”\n问")).isEqualTo("案例老王65岁说不行问");
        String module = lettersAndDigits("某镇信访办接到反映，村里有人约定周一集体去县政府。干部先核实再报告。");
        assertThat(longestSharedRun(lettersAndDigits("听说村里有人约定周一集体去县政府了"), module))
                .isEqualTo("村里有人约定周一集体去县政府");
        assertThat(coveredByRuns("甲乙丙丁戊己庚辛某镇信访办接到反映", module, SHORT_RUN)).isEqualTo(9);
        assertThat(coveredByRuns("某镇信访办接", module, SHORT_RUN)).as("runs shorter than the minimum").isZero();
    }

    private static Question choiceItem(String key, String... distractors) {
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.right(key, ""));
        for (String d : distractors) {
            choices.add(Choice.wrong(d, ""));
        }
        return new Question("", "x-test", QuestionType.SINGLE, "问", "", choices, List.of(), "解析", null, null, 0);
    }

    static boolean keyIsLongest(Question q) {
        int key = q.choices().stream().filter(Choice::isFullyRight).mapToInt(c -> length(c.text())).max()
                .orElseThrow(() -> new AssertionError(q.name() + " has no key"));
        int distractor = q.choices().stream().filter(c -> !c.isFullyRight()).mapToInt(c -> length(c.text())).max()
                .orElse(0);
        int shortest = q.choices().stream().mapToInt(c -> length(c.text())).min().orElse(0);
        return key >= distractor && shortest < key;
    }

    private static int length(String option) {
        String s = option.strip();
        return s.codePointCount(0, s.length());
    }

    /** Letters and digits only: punctuation, whitespace and Markdown marks do not hide a copied phrase. */
    static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The longest run of {@code text} that also occurs in {@code in}. */
    static String longestSharedRun(String text, String in) {
        String best = "";
        for (int start = 0; start + best.length() < text.length(); start++) {
            int end = start + best.length() + 1;
            while (end <= text.length() && in.contains(text.substring(start, end))) {
                best = text.substring(start, end);
                end++;
            }
        }
        return best;
    }

    /** How many characters of {@code text} lie in runs of at least {@code minimum} characters that occur in {@code in}. */
    static int coveredByRuns(String text, String in, int minimum) {
        boolean[] covered = new boolean[text.length()];
        for (int start = 0; start + minimum <= text.length(); start++) {
            if (in.contains(text.substring(start, start + minimum))) {
                for (int i = start; i < start + minimum; i++) {
                    covered[i] = true;
                }
            }
        }
        int count = 0;
        for (boolean c : covered) {
            count += c ? 1 : 0;
        }
        return count;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
