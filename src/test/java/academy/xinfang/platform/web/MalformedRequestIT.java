package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.RolePlays;
import academy.xinfang.testing.ServerTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Item 4 of issue 10 where more than one request's answer matters (the bad-input corpus checks each single answer):
 * what a client sending 50 MB sees and that the server carries on, a stale form's way back, a stale ajax request's
 * partial response, and another officer's role-play left as it was.
 */
class MalformedRequestIT extends ServerTest {
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @Test
    void fiftyMegabytesAreAnswered413WithTheLimitAndTheServerCarriesOn() throws Exception {
        RawClient trainer = new RawClient(server).login(fixtures.user("上传培训师", null, "TRAINER"), Fixtures.PASSWORD);
        RawClient.Response page = trainer.get("/trainer/banks.xhtml");
        RawClient.Multipart upload = RawClient.multipart(
                Map.of(
                        "upload",
                        "upload",
                        "upload:format",
                        "GIFT",
                        "upload:send",
                        "x",
                        "jakarta.faces.ViewState",
                        page.viewState(),
                        RawClient.NONCE_FIELD,
                        page.nonce()),
                "upload:file",
                "fifty.gift",
                "x".repeat(FIFTY_MB).getBytes(StandardCharsets.US_ASCII));

        // With its length declared: refused before the body is read, the connection closed after the answer.
        RawClient.Response declared =
                trainer.post("/trainer/banks.xhtml", upload.body(), upload.contentType(), Map.of());
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.header("Connection")).isEqualToIgnoringCase("close");
        // written by RequestGuard itself, still with the headers of every answer
        assertThat(declared.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(declared.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(declared.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(declared.header("Cache-Control")).isEqualTo("no-store");
        assertThat(RawClient.text(RawClient.element(declared.body(), "errorDetail")))
                .isEqualTo("提交的内容过大（50 MB），上限为 6 MB。请缩小文件后再试。");

        // Sent in chunks, without a length: found too large while read.
        HttpResponse<String> chunked = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(server.url("/trainer/banks.xhtml")))
                                .header("Content-Type", upload.contentType())
                                .header("Cookie", trainer.cookieHeader())
                                .timeout(Duration.ofSeconds(120))
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunks(upload.body())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(RawClient.text(RawClient.element(chunked.body(), "errorDetail")))
                .isEqualTo("提交的内容超过了上限 6 MB。请缩小文件后再试。");

        assertThat(trainer.get("/health/ready").status()).isEqualTo(200);
        RawClient.Response banks = trainer.get("/trainer/banks.xhtml");
        assertThat(banks.status()).isEqualTo(200);
        assertThat(banks.body()).as("nothing stored").doesNotContain("fifty");
    }

    /** The body as a stream of unknown length, so that the client sends it chunked. */
    private static InputStream chunks(byte[] body) {
        int half = body.length / 2;
        return new SequenceInputStream(
                new ByteArrayInputStream(body, 0, half), new ByteArrayInputStream(body, half, body.length - half));
    }

    @Test
    void aFormPostedWithAViewStateTheServerDoesNotHaveIsAnswered400WithAWayBackToThePage() {
        RawClient admin = new RawClient(server).login("admin", PayaraServer.ADMIN_PASSWORD);
        String code = Fixtures.unique("V");
        RawClient.Response stale = admin.postForm(
                "/admin/departments.xhtml",
                Map.of(
                        "add",
                        "add",
                        "add:kind",
                        "COUNTY",
                        "add:code",
                        code,
                        "add:name",
                        "过期县",
                        "add:create",
                        "x",
                        "jakarta.faces.ViewState",
                        "-123:456",
                        RawClient.NONCE_FIELD,
                        RawClient.madeUpNonce()),
                Map.of());

        assertThat(stale.status()).isEqualTo(400);
        assertThat(RawClient.element(stale.body(), "errorexpired")).isNotEmpty();
        Matcher retry = Pattern.compile("id=\"retry\"[^>]*href=\"([^\"]+)\"").matcher(stale.body());
        assertThat(retry.find()).as("a link to open the page again").isTrue();
        assertThat(retry.group(1)).isEqualTo("/admin/departments.xhtml");
        assertThat(admin.get("/admin/departments.xhtml").body()).doesNotContain(code);
    }

    @Test
    void anAjaxRequestWithAViewStateTheServerDoesNotHaveGetsThePageThatSaysSoAsAPartialResponse() {
        RawClient admin = new RawClient(server).language("en").login("admin", PayaraServer.ADMIN_PASSWORD);
        RawClient.Response stale = admin.postForm(
                "/admin/user.xhtml",
                Map.of(
                        "user",
                        "user",
                        "jakarta.faces.ViewState",
                        "-123:456",
                        RawClient.NONCE_FIELD,
                        RawClient.madeUpNonce(),
                        "jakarta.faces.partial.ajax",
                        "true",
                        "jakarta.faces.source",
                        "user:save",
                        "jakarta.faces.partial.execute",
                        "@all"),
                Map.of("Faces-Request", "partial/ajax"));

        // 200: the browser's Faces script replaces the page only with a partial response that succeeded.
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .startsWith("<?xml")
                .contains(
                        "<partial-response", "errorexpired", "The page was open too long or was submitted elsewhere.");
    }

    @Test
    void anAjaxRequestAPageRefusesGets200WithTheReasonInThePartialResponsesError() {
        RawClient admin = new RawClient(server).login("admin", PayaraServer.ADMIN_PASSWORD);
        RawClient.Response page = admin.get("/admin/user.xhtml");
        // the view parameter id is read again on a postback that executes the whole view
        RawClient.Response refused = admin.postForm(
                "/admin/user.xhtml",
                Map.of(
                        "user",
                        "user",
                        "id",
                        "x",
                        "jakarta.faces.ViewState",
                        page.viewState(),
                        RawClient.NONCE_FIELD,
                        page.nonce(),
                        "jakarta.faces.partial.ajax",
                        "true",
                        "jakarta.faces.source",
                        "user:save",
                        "jakarta.faces.partial.execute",
                        "@all"),
                Map.of("Faces-Request", "partial/ajax"));

        // 200 like the stale form's partial response: the browser's Faces script reads no other
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .startsWith("<?xml")
                .contains("<partial-response", "<error-name>request.parameter.number</error-name>");
        assertThat(RawClient.text(refused.body()))
                .contains(Messages.text(Locale.SIMPLIFIED_CHINESE, "request.parameter.number", "id", "x"));
    }

    @Test
    void anotherOfficersRolePlayPostbackIsAnswered403AndTheirSessionStaysAsItWas() {
        RawClient owner = new RawClient(server).login(fixtures.user("演练甲", null, "OFFICER"), Fixtures.PASSWORD);
        RawClient other = new RawClient(server).login(fixtures.user("演练乙", null, "OFFICER"), Fixtures.PASSWORD);
        String ownerSession = RolePlays.start(owner, "first-time-land");
        String otherSession = RolePlays.start(other, "first-time-land");
        String before =
                owner.get("/learn/roleplay.xhtml?session=" + ownerSession).body();
        RawClient.Response otherPage = other.get("/learn/roleplay.xhtml?session=" + otherSession);

        // The other officer's own form, with the owner's session id put in: the session view parameter is read on
        // every postback.
        RawClient.Response forged = other.postForm(
                "/learn/roleplay.xhtml",
                Map.of(
                        "reply",
                        "reply",
                        "reply:send",
                        "0",
                        "turn",
                        "0",
                        "session",
                        ownerSession,
                        "jakarta.faces.ViewState",
                        otherPage.viewState(),
                        RawClient.NONCE_FIELD,
                        otherPage.nonce()),
                Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(RawClient.text(RawClient.element(forged.body(), "errorDetail")))
                .isEqualTo(Bundle.zh("roleplay.notYourSession"));
        String after =
                owner.get("/learn/roleplay.xhtml?session=" + ownerSession).body();
        assertThat(RawClient.element(after, "transcript")).isEqualTo(RawClient.element(before, "transcript"));
        assertThat(RawClient.element(after, "transcript")).doesNotContain("says officer");
    }
}
