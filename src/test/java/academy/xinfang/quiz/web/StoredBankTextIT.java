package academy.xinfang.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.ContentHash;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * A bank version stored before the Markdown limits existed (issue #10: such a version made the quiz list, the bank
 * page and the insights page answer 500 for everyone, even after a restart). Written straight into the database, as
 * the importer once stored it: every page answers, the text that cannot be shown is a notice in the page's
 * language, the rest of the bank works, and the trainers' page names the question to fix. On the server whose
 * embedded database tests can write while it runs ({@link PayaraServer#h2WithJdbc()}).
 */
class StoredBankTextIT {
    private static final String KEY = "stored-deep";
    private static final String NESTED = ">".repeat(20_000) + " 深";
    private static final String GIFT = "// @quiz: title=旧题库; pass=50\n// @quiz: shuffle=no; feedback=immediate\n\n"
            + "::ok::[markdown]正常的题。{T####正常的解析}\n\n"
            + "::deep::[markdown]" + NESTED + "{T####" + NESTED + "}\n";

    @Test
    void aStoredTextThatCannotBeShownIsANoticeAndEveryPageAnswers() throws SQLException {
        PayaraServer server = PayaraServer.h2WithJdbc();
        try (Fixtures fixtures = new Fixtures(server)) {
            storeAsTheImporterOnceDid(server);

            try (Browser officer = new Browser(server)) {
                officer.login(fixtures.user("旧题库学员", null, "OFFICER"), Fixtures.PASSWORD);
                HtmlPage quizzes = officer.get("/learn/quizzes.xhtml");
                assertThat(officer.status(quizzes)).isEqualTo(200);
                assertThat(quizzes.asNormalizedText()).contains("旧题库");

                HtmlPage attempt = QuizPages.start(officer, KEY);
                assertThat(attempt.getElementById("q0").asNormalizedText()).contains("正常的题");
                assertThat(attempt.getElementById("q1").asNormalizedText()).contains("第 2 题的这段内容无法显示");
                String reply = QuizPages.answer(officer, server, attempt, 1, "T:1", true)
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(reply).contains("\"status\":\"CHECKED\"", "\"explanation\":null");
                HtmlPage reloaded = officer.get(attempt.getUrl().getFile());
                assertThat(officer.status(reloaded)).isEqualTo(200);
                assertThat(reloaded.getElementById("q1")
                                .querySelector(".explanation")
                                .asNormalizedText())
                        .contains("第 2 题的这段内容无法显示");

                HtmlPage review = QuizPages.submit(officer, reloaded);
                assertThat(officer.status(review)).isEqualTo(200);
                assertThat(review.getElementById("r1").asNormalizedText()).contains("第 2 题的这段内容无法显示");
                assertThat(review.getElementById("r0").asNormalizedText()).contains("正常的题", "正常的解析");
            }
            try (Browser trainer = new Browser(server)) {
                trainer.login(fixtures.user("旧题库培训师", null, "TRAINER"), Fixtures.PASSWORD);
                HtmlPage banks = trainer.get("/trainer/banks.xhtml");
                assertThat(trainer.status(banks)).isEqualTo(200);
                assertThat(banks.getElementById("bank-" + KEY).asNormalizedText())
                        .contains("这些题目有内容无法显示", "deep");
            }
            Browser admin = fixtures.admin();
            assertThat(admin.status(admin.get("/admin/insights.xhtml"))).isEqualTo(200);
            assertThat(server.log()).contains("event=quiz.unrenderable bank=" + KEY);
        }
    }

    private static void storeAsTheImporterOnceDid(PayaraServer server) throws SQLException {
        try (Connection db = server.jdbc()) {
            long bank;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO question_bank (bank_key, version) VALUES (?, 0)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, KEY);
                insert.executeUpdate();
                bank = generatedKey(insert);
            }
            long version;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO bank_version (bank_id, version_no,"
                            + " content_hash, source_file, gift, question_count, created_by, created_at)"
                            + " VALUES (?, 1, ?, ?, ?, 2, 'trainer', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, bank);
                insert.setString(2, ContentHash.sha256(GIFT));
                insert.setString(3, KEY + ".gift");
                insert.setString(4, GIFT);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                version = generatedKey(insert);
            }
            try (PreparedStatement publish =
                    db.prepareStatement("UPDATE question_bank SET current_version_id = ? WHERE id = ?")) {
                publish.setLong(1, version);
                publish.setLong(2, bank);
                publish.executeUpdate();
            }
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
