package academy.xinfang.quiz.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.ContentHash;
import academy.xinfang.quiz.domain.BankVersion;
import academy.xinfang.quiz.domain.QuestionBank;
import academy.xinfang.quiz.persistence.QuizRepository;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue every quiz list, the trainers' bank page and the insights page read: a bank version stored before the
 * Markdown limits existed (as the importer stored it, straight into the table) must not take them down.
 */
class QuizCatalogTest {
    private static final Instant NOW = TestClock.NOW;
    private static final String GOOD = """
            // @quiz: title=好题库

            ::g1::[markdown]**接待**时应当先登记。{T}
            """;
    private static final String DEEP = "// @quiz: title=坏题库\n\n::ok::[markdown]正常的题。{T####正常的解析}\n\n"
            + "::deep::[markdown]" + ">".repeat(20_000) + " 深{T}\n";

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aStoredBankThatCannotBeRenderedLeavesTheOtherBanksAndItsOtherQuestionsWorking(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(em -> {
                QuizRepository repository = new QuizRepository(em);
                store(repository, "good", GOOD);
                store(repository, "deep", DEEP);
            });

            Map<String, ParsedBank> current = db.apply(em -> catalog(em).current());

            assertThat(current).containsOnlyKeys("deep", "good");
            ParsedBank good = current.get("good");
            assertThat(good.textHtml(good.byName().get("g1"))).contains("<strong>接待</strong>");
            assertThat(good.unrenderable()).isEmpty();
            ParsedBank deep = current.get("deep");
            assertThat(deep.questions()).hasSize(2);
            assertThat(deep.textHtml(deep.byName().get("ok"))).contains("正常的题");
            assertThat(deep.explanationHtml(deep.byName().get("ok"))).contains("正常的解析");
            // the broken text has no HTML (pages show a notice there), the rest of its question still renders
            assertThat(deep.textHtml(deep.byName().get("deep"))).isNull();
            assertThat(deep.explanationHtml(deep.byName().get("deep"))).isEmpty();
            assertThat(deep.unrenderable()).containsExactly("deep");
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aStoredBankWithTwoUnnamedQuestionsLoads(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(
                    em -> store(new QuizRepository(em), "unnamed", "// @quiz: title=无名题\n\n甲题。{T}\n\n乙题。{F}\n"));

            Map<String, ParsedBank> current = db.apply(em -> catalog(em).current());

            // the parser now refuses the second unnamed question; the first one still works
            assertThat(current.get("unnamed").questions())
                    .extracting(q -> q.text())
                    .containsExactly("甲题。");
        }
    }

    private static QuizCatalog catalog(EntityManager em) {
        QuizCatalog catalog = new QuizCatalog();
        catalog.repository = new QuizRepository(em);
        return catalog;
    }

    private static void store(QuizRepository repository, String key, String gift) {
        QuestionBank bank = repository.add(new QuestionBank(key));
        BankVersion version = repository.add(
                new BankVersion(bank, 1, ContentHash.sha256(gift), key + ".gift", gift, 2, "trainer", NOW));
        bank.publish(version);
    }
}
