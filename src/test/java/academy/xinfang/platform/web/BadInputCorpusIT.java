package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.BadInputCorpus.Case;
import academy.xinfang.testing.DatabaseFingerprint;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.RolePlays;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the bad-input corpus ({@code src/test/resources/bad-input/cases.tsv}) against the server whose H2
 * database tests can read ({@link PayaraServer#h2WithJdbc()}): the answer has the expected status and shows the
 * expected message, rendered from the bundle in the page's language (with file and line where there is one), and
 * nothing saved changed. "Nothing changed" is a hash of every row of every table, taken over JDBC before and after
 * each case, so what other test classes stored on that server before does not matter. The audit log is append-only
 * and rightly records refused bank uploads: its existing rows must stay as they were, new rows may come.
 */
class BadInputCorpusIT {
    /** Tables that may gain rows on a refused request (see the class comment), with their id column. */
    private static final Map<String, String> APPEND_ONLY = Map.of("audit_event", "id");
    /** Requests on one view state before the page is fetched again (Faces keeps 15 views per session). */
    private static final int VIEW_STATE_REUSE = 8;

    private static PayaraServer server;
    private static Connection db;
    private static final Map<String, RawClient> CLIENTS = new HashMap<>();
    private static final Map<String, String> VALUES = new HashMap<>();
    private static final Map<String, String[]> VIEW_STATES = new HashMap<>();
    private static int requests;
    private static DatabaseFingerprint last;

    @BeforeAll
    static void start() throws SQLException {
        server = PayaraServer.h2WithJdbc();
        String dept;
        String trainer;
        String officerA;
        String officerB;
        try (Fixtures fixtures = new Fixtures(server)) {
            String county = Fixtures.unique("坏输入县");
            dept = fixtures.department(county, "COUNTY", null);
            trainer = fixtures.user("坏输入培训师", county, "TRAINER");
            officerA = fixtures.user("学员甲", county, "OFFICER");
            officerB = fixtures.user("学员乙", county, "OFFICER");
        }
        VALUES.put("dept", dept);
        CLIENTS.put("admin", new RawClient(server).login("admin", PayaraServer.ADMIN_PASSWORD));
        CLIENTS.put("admin@en", new RawClient(server).language("en").login("admin", PayaraServer.ADMIN_PASSWORD));
        CLIENTS.put("api", new RawClient(server).basic("admin", PayaraServer.ADMIN_PASSWORD));
        CLIENTS.put("trainer", new RawClient(server).login(trainer, Fixtures.PASSWORD));
        CLIENTS.put("trainer@en", new RawClient(server).language("en").login(trainer, Fixtures.PASSWORD));
        CLIENTS.put("officerA", new RawClient(server).login(officerA, Fixtures.PASSWORD));
        CLIENTS.put("officerB", new RawClient(server).login(officerB, Fixtures.PASSWORD));
        CLIENTS.put("anonymous", new RawClient(server));

        // What the cases refer to: role-play sessions, quiz attempts with their answer tokens, a draft.
        VALUES.put("session.A", RolePlays.start(CLIENTS.get("officerA"), "first-time-land"));
        VALUES.put("session.B", RolePlays.start(CLIENTS.get("officerB"), "first-time-land"));
        startQuiz(CLIENTS.get("officerA"), "A");
        startQuiz(CLIENTS.get("officerB"), "B");
        VALUES.put("draft", pasteDraft(CLIENTS.get("trainer")));

        db = server.jdbc();
    }

    @AfterAll
    static void close() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    static List<Case> cases() {
        return BadInputCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithItsMessageAndNothingSavedChanges(Case c) throws SQLException {
        // The previous case's "after" serves as this one's "before" while the audit log has not grown since.
        DatabaseFingerprint before =
                last != null && last.isCurrent(db) ? last : DatabaseFingerprint.of(db, APPEND_ONLY);
        last = null;
        RawClient.Response response = perform(c);
        String expected = Messages.text(locale(c), c.key(), arguments(c))
                .replaceAll("\\s+", " ")
                .strip();
        assertThat(expected).as("the bundle has " + c.key()).doesNotStartWith("??");

        String body = response.body();
        assertThat(response.status())
                .as(c.id() + ": status; body: " + RawClient.text(body))
                .isEqualTo(c.status());
        switch (c.where()) {
            case "error" ->
                assertThat(RawClient.text(RawClient.element(body, "errorDetail")))
                        .as(c.id())
                        .isEqualTo(expected);
            case "messages" ->
                assertThat(RawClient.text(RawClient.element(body, "messages")))
                        .as(c.id())
                        .contains(expected);
            case "body" -> assertThat(RawClient.text(body)).as(c.id()).contains(expected);
            case "problems" ->
                assertThat(rows(c, response.body()))
                        .as(c.id())
                        .anyMatch(row -> row.contains(location(c)) && row.contains(expected));
            case "json" -> {
                JsonObject json =
                        Json.createReader(new StringReader(response.body())).readObject();
                assertThat(json.getString(json.containsKey("error") ? "error" : "key"))
                        .as(c.id())
                        .isEqualTo(c.key());
                assertThat(json.getString("message")).as(c.id()).isEqualTo(expected);
            }
            case "problem" -> {
                assertThat(response.header("Content-Type")).as(c.id()).startsWith(ApiErrors.MEDIA_TYPE);
                JsonObject json =
                        Json.createReader(new StringReader(response.body())).readObject();
                assertThat(json.getString("type")).as(c.id()).isEqualTo(ApiErrors.TYPE_PREFIX + c.key());
                assertThat(json.getInt("status")).as(c.id()).isEqualTo(c.status());
                assertThat(json.getString("detail")).as(c.id()).isEqualTo(expected);
            }
            case "json-errors" -> {
                assertThat(response.header("Content-Type")).as(c.id()).startsWith(ApiErrors.MEDIA_TYPE);
                JsonObject json =
                        Json.createReader(new StringReader(response.body())).readObject();
                assertThat(json.getJsonArray("errors").stream().map(JsonValue::asJsonObject))
                        .as(c.id())
                        .anyMatch(e -> e.getInt("line") == c.line()
                                && e.getString("key").equals(c.key())
                                && e.getString("detail").equals(expected));
            }
            default -> throw new IllegalStateException(c.id() + ": unknown place " + c.where());
        }

        DatabaseFingerprint after = before.again(db);
        assertThat(after.changedSince(before))
                .as(c.id() + ": nothing saved changed")
                .isEmpty();
        last = after;
    }

    // ---- sending a case ---------------------------------------------------------------------------------------

    private static RawClient.Response perform(Case c) {
        RawClient client = CLIENTS.get(c.role());
        if (client == null) {
            throw new IllegalStateException(c.id() + ": unknown role " + c.role());
        }
        requests++;
        String name = uploadName(c);
        return switch (c.target()) {
            case "bank:GIFT", "bank:AIKEN" ->
                upload(
                        client,
                        c.role(),
                        "/trainer/banks.xhtml",
                        "upload",
                        Map.of("upload:format", c.target().substring(5), "upload:send", "x"),
                        "upload:file",
                        name,
                        BadInputCorpus.bytes(c.input(), VALUES));
            case "speech" ->
                upload(
                        client,
                        c.role(),
                        "/trainer/drafts.xhtml",
                        "convert",
                        Map.of("convert:pasted", "", "convert:mode", "ONE_MODULE", "convert:go", "x"),
                        "convert:file",
                        name,
                        BadInputCorpus.bytes(c.input(), VALUES));
            case "paste" ->
                upload(
                        client,
                        c.role(),
                        "/trainer/drafts.xhtml",
                        "convert",
                        Map.of(
                                "convert:pasted",
                                BadInputCorpus.text(c.input(), VALUES),
                                "convert:mode",
                                "ONE_MODULE",
                                "convert:go",
                                "x"),
                        "convert:file",
                        "",
                        new byte[0]);
            case "publish" ->
                form(
                        client,
                        c.role(),
                        "/trainer/draft.xhtml?id=" + VALUES.get("draft"),
                        "/trainer/draft.xhtml",
                        "edit",
                        Map.of("edit:markdown", BadInputCorpus.text(c.input(), VALUES), "edit:publish", "x"),
                        Map.of());
            case "csv-page" ->
                upload(
                        client,
                        c.role(),
                        "/admin/import.xhtml",
                        "import",
                        Map.of("import:upload", "x"),
                        "import:file",
                        name,
                        BadInputCorpus.bytes(c.input(), VALUES));
            case "csv-api" ->
                client.post("/api/officers", BadInputCorpus.bytes(c.input(), VALUES), "text/csv", Map.of());
            case "request" -> request(client, c);
            default -> throw new IllegalStateException(c.id() + ": unknown target " + c.target());
        };
    }

    /** The file name an upload is sent with: the name column (percent-decoded), else the input's own. */
    private static String uploadName(Case c) {
        if (c.name() != null) {
            return BadInputCorpus.decode(BadInputCorpus.expand(c.name(), VALUES));
        }
        String input = c.input();
        String last = input.substring(input.lastIndexOf('/') + 1);
        return input.startsWith("repeat:") ? last.substring(0, last.indexOf(':')) : last;
    }

    /** A multipart post of a Faces form, as the browser sends it, with a view state of that page. */
    private static RawClient.Response upload(
            RawClient client,
            String role,
            String page,
            String form,
            Map<String, String> fields,
            String fileField,
            String fileName,
            byte[] content) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        all.putAll(formState(client, role, page));
        RawClient.Multipart body = RawClient.multipart(all, fileField, fileName, content);
        return remember(role, page, form, client.post(page, body.body(), body.contentType(), Map.of()));
    }

    /** A plain post of a Faces form; {@code page} is where the view state comes from, {@code action} where it goes. */
    private static RawClient.Response form(
            RawClient client,
            String role,
            String page,
            String action,
            String form,
            Map<String, String> fields,
            Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        formState(client, role, page).forEach(all::putIfAbsent);
        all.remove(RawClient.NONCE_FIELD, "none");
        return remember(role, page, form, client.postForm(action, all, headers));
    }

    /**
     * {@code METHOD PATH [name=value …]} with values percent-encoded, and for form posts {@code @form=ID} (a Faces
     * form: its view state is fetched from {@code @page=PATH}, by default the path itself), {@code @viewstate=VALUE}
     * (a made-up one), {@code @ajax} (a Faces ajax request).
     */
    private static RawClient.Response request(RawClient client, Case c) {
        String[] parts = BadInputCorpus.expand(c.input(), VALUES).split(" +");
        String method = parts[0];
        String path = parts[1];
        if (method.equals("GET")) {
            return client.get(path);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        String form = null;
        String page = path;
        String type = null;
        String body = null;
        for (int i = 2; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("@ajax")) {
                headers.put("Faces-Request", "partial/ajax");
                fields.put("jakarta.faces.partial.ajax", "true");
            } else if (p.startsWith("@form=")) {
                form = p.substring(6);
            } else if (p.startsWith("@page=")) {
                page = p.substring(6);
            } else if (p.startsWith("@type=")) {
                type = BadInputCorpus.decode(p.substring(6));
            } else if (p.startsWith("@body=")) {
                body = BadInputCorpus.decode(p.substring(6));
            } else if (p.startsWith("@viewstate=")) {
                fields.put("jakarta.faces.ViewState", BadInputCorpus.decode(p.substring(11)));
            } else if (p.startsWith("@nonce=")) {
                // made-up: well formed but of no view; none: left out (a page's form always has one); else as given
                String nonce = BadInputCorpus.decode(p.substring(7));
                fields.put(RawClient.NONCE_FIELD, nonce.equals("made-up") ? RawClient.madeUpNonce() : nonce);
            } else {
                int eq = p.indexOf('=');
                fields.put(BadInputCorpus.decode(p.substring(0, eq)), BadInputCorpus.decode(p.substring(eq + 1)));
            }
        }
        if (type != null) {
            return client.post(path, body.getBytes(StandardCharsets.UTF_8), type, headers);
        }
        if (form == null) {
            fields.remove(RawClient.NONCE_FIELD, "none");
            return client.postForm(path, fields, headers);
        }
        return form(client, c.role(), page, path, form, fields, headers);
    }

    /** The hidden fields a browser posts the page's form with: its view state and its CSP nonce. */
    private static Map<String, String> formState(RawClient client, String role, String page) {
        String[] known = VIEW_STATES.get(role + " " + page);
        if (known == null || requests - Integer.parseInt(known[1]) >= VIEW_STATE_REUSE) {
            RawClient.Response r = client.get(page);
            assertThat(r.status()).as("GET " + page + " for its view state").isEqualTo(200);
            known = new String[] {r.viewState(), String.valueOf(requests), r.nonce()};
            VIEW_STATES.put(role + " " + page, known);
        }
        return Map.of("jakarta.faces.ViewState", known[0], RawClient.NONCE_FIELD, known[2]);
    }

    /** After a refusal shown on the form's own page, its new view state serves the next post. */
    private static RawClient.Response remember(String role, String page, String form, RawClient.Response r) {
        String[] known = VIEW_STATES.get(role + " " + page);
        if (known != null
                && r.status() == 200
                && r.body().contains("<form id=\"" + form + "\"")
                && r.viewState() != null) {
            known[0] = r.viewState();
            known[2] = r.nonce();
        }
        return r;
    }

    // ---- what the answer must say ------------------------------------------------------------------------------

    private static Locale locale(Case c) {
        boolean api = c.target().equals("csv-api") || c.input().contains(" /api/");
        return api || c.role().endsWith("@en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * Arguments as the server passes them: {@code #5} a number, {@code {name}} the file name sent, other placeholders
     * as set up, else the text as written.
     */
    private static Object[] arguments(Case c) {
        List<Object> args = new ArrayList<>();
        for (String raw : c.args()) {
            String a = BadInputCorpus.expand(raw.replace("{name}", uploadName(c)), VALUES);
            args.add(a.startsWith("#") ? (Object) Long.valueOf(a.substring(1)) : a);
        }
        return args.toArray();
    }

    /** Where a problem row names its place: "file:line" for banks, the line for officer lists and drafts. */
    private static String location(Case c) {
        String line = c.line() > 0 ? String.valueOf(c.line()) : "—";
        return switch (c.target()) {
            case "bank:GIFT", "bank:AIKEN" -> uploadName(c) + ":" + line;
            case "publish" -> Messages.text(locale(c), "csv.line") + " " + c.line() + ":";
            default -> line;
        };
    }

    /** The rows of the problem list of the case's page. */
    private static List<String> rows(Case c, String html) {
        String list = RawClient.element(html, c.target().equals("publish") ? "edit:problems" : "problems");
        List<String> rows = new ArrayList<>();
        for (String row : list.split("<tr|<p ")) {
            rows.add(RawClient.text("<" + row));
        }
        return rows;
    }

    // ---- set-up through the real pages -------------------------------------------------------------------------

    private static void startQuiz(RawClient officer, String who) {
        RawClient.Response quiz = officer.get("/learn/quiz.xhtml?key=six-taboos");
        RawClient.Response started = officer.postForm(
                "/learn/quiz.xhtml",
                Map.of(
                        "startForm",
                        "startForm",
                        "startForm:start",
                        "x",
                        "jakarta.faces.ViewState",
                        quiz.viewState(),
                        RawClient.NONCE_FIELD,
                        quiz.nonce()),
                Map.of());
        String location = started.header("Location");
        assertThat(location).as("redirect to the attempt").contains("id=");
        String attempt = location.replaceAll(".*id=(\\d+).*", "$1");
        RawClient.Response page = officer.get("/learn/attempt.xhtml?id=" + attempt);
        Matcher token = Pattern.compile("data-token=\"([0-9a-f]+)\"").matcher(page.body());
        assertThat(token.find()).as("answer token on the attempt page").isTrue();
        VALUES.put("attempt." + who, attempt);
        VALUES.put("token." + who, token.group(1));
    }

    private static String pasteDraft(RawClient trainer) {
        RawClient.Response page = trainer.get("/trainer/drafts.xhtml");
        RawClient.Multipart body = RawClient.multipart(
                Map.of(
                        "convert",
                        "convert",
                        "convert:pasted",
                        "同志们：\n今天讲接待工作的六忌。\n一、接待冷淡\n群众来了要起身问候。",
                        "convert:mode",
                        "ONE_MODULE",
                        "convert:go",
                        "x",
                        "jakarta.faces.ViewState",
                        page.viewState(),
                        RawClient.NONCE_FIELD,
                        page.nonce()),
                "convert:file",
                "",
                new byte[0]);
        RawClient.Response created = trainer.post("/trainer/drafts.xhtml", body.body(), body.contentType(), Map.of());
        String location = created.header("Location");
        assertThat(location)
                .as("redirect to the new draft: " + RawClient.text(created.body()))
                .contains("id=");
        return location.replaceAll(".*id=(\\d+).*", "$1");
    }
}
