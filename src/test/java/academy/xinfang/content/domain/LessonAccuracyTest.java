package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.content.application.ModuleSource;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Content errors of a kind found once must not come back: the modules (content/*.md), the banks (quizzes/*.gift) and
 * the scenarios (quizzes/scenarios/*.yaml) are read as text units (a module section, a bank question, a scenario
 * node or ending) and checked against the 2022 regulations.
 */
class LessonAccuracyTest {

    /**
     * Article 20: a visit goes to the body of the same level or one level up; 越级 is skipping a level. A unit that
     * calls something 越级 while the only bodies it names are the next level up (a township's county, a county's
     * city) teaches a lawful petition as a failure.
     */
    @Test
    void noUnitCallsAVisitOrLetterToTheNextLevelUpLevelSkipping() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Unit u : units()) {
            if (!u.text().contains("越级")) {
                continue;
            }
            boolean namesNextLevelUp = u.text().matches("(?s).*(县里|市里|县政府|市政府|县信访局|市信访局|上一级).*");
            boolean namesALevelBeyond = u.text().matches("(?s).*(省里|省城|省政府|北京|中央|国家信访局).*");
            if (namesNextLevelUp && !namesALevelBeyond) {
                wrong.add(u.where());
            }
        }
        assertThat(wrong)
                .as("units that call a petition to the next level up 越级")
                .isEmpty();
    }

    /** Article 27 has three 到位 and one 依法处理 (三到位一处理), not four 到位. */
    @Test
    void article27IsTaughtAsThreeDaoweiAndOneLawfulHandling() throws IOException {
        List<String> wrong = new ArrayList<>();
        boolean taught = false;
        for (Unit u : units()) {
            if (u.text().contains("四个到位")
                    || u.text().contains("四到位")
                    || u.text().contains("依法处理到位")) {
                wrong.add(u.where());
            }
            taught |= u.text().contains("三到位一处理");
        }
        assertThat(wrong).as("units teaching 四个到位").isEmpty();
        assertThat(taught).as("some unit names 三到位一处理").isTrue();
    }

    /** Article 37 names 教育、协商、疏导, in that order; misquotes found in review must not come back. */
    @Test
    void articleQuotationsFoundMisquotedStayCorrected() throws IOException {
        List<String> misquotes =
                List.of("教育、疏导、协商", "协商、教育、疏导", "疏导、教育、协商", "教育、引导、疏导", "说服、协商、疏导", "教育、协商、引导", "教育、调解、疏导");
        List<String> wrong = new ArrayList<>();
        for (Unit u : units()) {
            for (String m : misquotes) {
                if (u.text().contains(m)) {
                    wrong.add(u.where() + " " + m);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Article 31: a land-contract dispute goes to mediation, arbitration or court, a homestead or other land-rights
     * dispute to the government's ruling (行政裁决) or court; only what fits none of the first five routes gets the
     * 60-day 信访处理意见书. A unit that sends such a dispute to the 60-day route must weigh the statutory ones.
     */
    @Test
    void landContractAndHomesteadDisputesAreNotSentToTheSixtyDayRouteWithoutTheStatutoryRoutes() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Unit u : units()) {
            boolean landDispute = u.text().matches("(?s).*(承包地|宅基地|占地补偿).*");
            boolean sixtyDays = u.text().matches("(?s).*(60日|60天|六十日|信访处理意见书|第三十一条第六项).*");
            boolean weighed = u.text().matches("(?s).*(仲裁|行政裁决|起诉|诉讼|第三十一条第[一二三四五、]+项|前五项).*");
            if (landDispute && sixtyDays && !weighed) {
                wrong.add(u.where());
            }
        }
        assertThat(wrong)
                .as("land disputes sent to the 60-day route without weighing Article 31")
                .isEmpty();
    }

    /**
     * Sources are named in the front matter only: a body that names a source file (or carries a 来源 line) shows
     * learners internal file names and lets search match them. Every file named has a title in both bundles.
     */
    @Test
    void modulesNameTheirSourcesOnlyInTheFrontMatterAndEverySourceHasATitle() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> wrong = new ArrayList<>();
        for (SourceFolder.SourceFile f : modules()) {
            ParseResult r = ModuleParser.parse(f.name(), f.text());
            ParsedModule m = r.module().orElseThrow(() -> new AssertionError(f.name() + ": " + r.problems()));
            if (m.body().contains("来源：") || SOURCE_FILE.matcher(m.body()).find()) {
                wrong.add(f.name() + " names a source in its body");
            }
            for (String source : m.sources()) {
                if (m.body().contains(source)) {
                    wrong.add(f.name() + " names " + source + " in its body");
                }
                if (!zh.containsKey("source.title." + source) || !en.containsKey("source.title." + source)) {
                    wrong.add(f.name() + ": no title for " + source);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static final Pattern SOURCE_FILE =
            Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt|xinfang-work-regulations-2022");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(TestFiles.resource("/academy/xinfang/platform/i18n/" + name)));
        return p;
    }

    record Unit(String where, String text) {}

    /** Module sections (split at headings), bank questions (split at blank lines) and scenario nodes and endings. */
    static List<Unit> units() throws IOException {
        List<Unit> units = new ArrayList<>();
        for (SourceFolder.SourceFile f : modules()) {
            split(units, "content/" + f.name(), f.text(), "(?m)^(?=#{1,3} )");
        }
        for (Path f : files(Path.of("quizzes"), ".gift")) {
            split(units, f.toString(), TestFiles.read(f), "\\n\\s*\\n");
        }
        for (Path f : files(Path.of("quizzes", "scenarios"), ".yaml")) {
            split(units, f.toString(), TestFiles.read(f), "(?m)^(?=  - id: )");
        }
        return units;
    }

    private static void split(List<Unit> units, String file, String text, String boundary) {
        int line = 1;
        for (String part : text.split(boundary)) {
            units.add(new Unit(file + ":" + line, part));
            line += (int) part.chars().filter(c -> c == '\n').count();
        }
    }

    /** The module files, chosen as the importer chooses them. */
    private static List<SourceFolder.SourceFile> modules() {
        return ModuleSource.FILES.read(Path.of("content")).files();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
