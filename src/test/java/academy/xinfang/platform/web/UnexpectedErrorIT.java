package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.RolePlays;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An error no code expects reaches the one error page, which shows an id; the server log holds that error once, under
 * that id, with its cause, so a report quoting the id leads to one stack trace. Provoked with a row no version of the
 * application writes (a role-play outcome that does not exist), on the server whose database tests can write.
 */
class UnexpectedErrorIT {
    private static final String IMPOSSIBLE = "NO_SUCH_OUTCOME";
    private static final String IMPOSSIBLE_ROLE = "NO_SUCH_ROLE";

    @Test
    void aPageErrorShowsAnIdThatTheLogHoldsOnceWithItsCause() throws SQLException {
        PayaraServer server = PayaraServer.h2WithJdbc();
        try (Fixtures fixtures = new Fixtures(server)) {
            RawClient officer = new RawClient(server).login(fixtures.user("出错学员", null, "OFFICER"), Fixtures.PASSWORD);
            String session = RolePlays.start(officer, "first-time-land");
            try (Connection db = server.jdbc();
                    PreparedStatement corrupt =
                            db.prepareStatement("UPDATE roleplay_session SET outcome = ? WHERE id = ?")) {
                corrupt.setString(1, IMPOSSIBLE);
                corrupt.setLong(2, Long.parseLong(session));
                assertThat(corrupt.executeUpdate()).isEqualTo(1);
            }

            RawClient.Response page = officer.get("/learn/roleplay.xhtml?session=" + session);

            assertThat(page.status()).isEqualTo(500);
            String id = RawClient.text(RawClient.element(page.body(), "errorId"))
                    .replaceAll(".*:\\s*", "")
                    .strip();
            assertThat(id).isNotBlank();
            String log = server.log();
            assertThat(occurrences(log, id)).as("log lines with id " + id).isEqualTo(1);
            // Payara's EJB and web containers add warnings of their own; the application logs the error once.
            List<String> severe = Pattern.compile("(?m)^(?=\\[\\d{4}-)")
                    .splitAsStream(log)
                    .filter(entry -> entry.contains("SEVERE") && entry.contains(IMPOSSIBLE))
                    .toList();
            assertThat(severe).singleElement().asString().contains(id);
        }
    }

    /**
     * An API call that fails unexpectedly answers problem details with the error's id as {@code instance}, and the log
     * holds that id with the cause; provoked with a role no version of the application writes.
     */
    @Test
    void anApiErrorIsProblemDetailsWithAnIdTheLogHolds() throws Exception {
        PayaraServer server = PayaraServer.h2WithJdbc();
        String name = Fixtures.unique("broken");
        try (Connection db = server.jdbc();
                PreparedStatement user = db.prepareStatement(
                        "INSERT INTO app_user (username, display_name, password_hash, enabled, created_at)"
                                + " VALUES (?, '出错', 'x', TRUE, CURRENT_TIMESTAMP)");
                PreparedStatement role = db.prepareStatement(
                        "INSERT INTO user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ?")) {
            user.setString(1, name);
            assertThat(user.executeUpdate()).isEqualTo(1);
            role.setString(1, IMPOSSIBLE_ROLE);
            role.setString(2, name);
            assertThat(role.executeUpdate()).isEqualTo(1);
        }

        RawClient.Response answer;
        try {
            answer = new RawClient(server)
                    .basic("admin", PayaraServer.ADMIN_PASSWORD)
                    .get("/api/users?q=" + name);
        } finally {
            // the server's database is shared with other tests, whose user lists must not fail
            try (Connection db = server.jdbc();
                    PreparedStatement delete = db.prepareStatement("DELETE FROM app_user WHERE username = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
        }

        assertThat(answer.status()).as(answer.body()).isEqualTo(500);
        assertThat(answer.header("Content-Type")).startsWith(ApiErrors.MEDIA_TYPE);
        JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(500);
        assertThat(problem.getString("detail")).isEqualTo(Messages.text(Locale.ENGLISH, "problem.500.detail"));
        assertThat(answer.body()).doesNotContain(IMPOSSIBLE_ROLE, "Exception", "<html");
        String id = problem.getString("instance").replace("urn:uuid:", "");
        String log = server.log();
        assertThat(occurrences(log, id)).as("log lines with id " + id).isEqualTo(1);
        assertThat(log.substring(log.indexOf(id))).contains(IMPOSSIBLE_ROLE);
    }

    private static int occurrences(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
