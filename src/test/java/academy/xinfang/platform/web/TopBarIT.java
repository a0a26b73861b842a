package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.ServerTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The top bar's language switch and sign-out are a plain form (TopBarServlet), so that pages keep no view state in
 * the session; the session's token in it is what a forged cross-site post lacks. A post without it, or with another,
 * signs nobody out and changes no language.
 */
class TopBarIT extends ServerTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    @Test
    void aForgedSignOutOrLanguagePostIsRefusedAndChangesNothing() {
        RawClient officer = signedIn("顶栏学员");
        for (String token : new String[] {null, "0".repeat(48)}) {
            assertThat(post(officer, token, Map.of("signOut", "true", "back", "/officer/home.xhtml"), Map.of())
                            .status())
                    .as("sign-out with token " + token)
                    .isEqualTo(403);
            assertThat(post(officer, token, Map.of("language", "en", "back", "/officer/home.xhtml"), Map.of())
                            .status())
                    .as("language with token " + token)
                    .isEqualTo(403);
        }
        RawClient.Response home = officer.get("/officer/home.xhtml");
        assertThat(home.status()).as("still signed in").isEqualTo(200);
        assertThat(home.body()).contains("lang=\"zh\"");
        assertThat(officer.cookie("academy_lang")).isNull();
    }

    @Test
    void theTokenOfThePageSwitchesTheLanguageAndSignsOut() {
        RawClient officer = signedIn("顶栏换语言");
        String token = tokenOf(officer.get("/learn/catalogue.xhtml?q=x").body());
        RawClient.Response switched =
                post(officer, token, Map.of("language", "en", "back", "/learn/catalogue.xhtml?q=x"), Map.of());
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.header("Location")).endsWith("/learn/catalogue.xhtml?q=x");
        assertThat(officer.get("/learn/catalogue.xhtml").body()).contains("lang=\"en\"");

        RawClient.Response out = post(officer, token, Map.of("signOut", "true"), Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(officer.get("/officer/home.xhtml").body())
                .as("signed out: the login form instead")
                .contains("j_username");
    }

    @Test
    void theWayBackStaysOnThisSite() {
        RawClient officer = signedIn("顶栏回跳");
        String token = tokenOf(officer.get("/officer/home.xhtml").body());
        for (String back : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            RawClient.Response r = post(officer, token, Map.of("language", "en", "back", back), Map.of());
            assertThat(r.status()).isEqualTo(302);
            assertThat(r.header("Location")).as(back).doesNotContain("evil.example");
        }
    }

    @Test
    void withoutASessionOnlyAPageOfThisSiteSetsTheLanguage() {
        RawClient visitor = new RawClient(server);
        assertThat(post(visitor, null, Map.of("language", "en", "back", "/"), Map.of("Origin", "http://evil.example"))
                        .status())
                .isEqualTo(302);
        assertThat(visitor.cookie("academy_lang")).as("from another site").isNull();
        post(visitor, null, Map.of("language", "en", "back", "/"), Map.of("Origin", server.url("")));
        assertThat(visitor.cookie("academy_lang")).as("from this site").isEqualTo("en");
    }

    @Test
    void readOnlyPagesKeepNoViewState() {
        RawClient officer = signedIn("顶栏无状态");
        for (String page : new String[] {
            "/officer/home.xhtml", "/learn/catalogue.xhtml", "/learn/courses.xhtml", "/learn/quizzes.xhtml"
        }) {
            RawClient.Response r = officer.get(page);
            assertThat(r.status()).as(page).isEqualTo(200);
            assertThat(r.viewState()).as(page).isNull();
        }
    }

    private static RawClient signedIn(String name) {
        return new RawClient(server).login(fixtures.user(name, null, "OFFICER"), Fixtures.PASSWORD);
    }

    private static String tokenOf(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the top bar carries the session's token").isTrue();
        return m.group(1);
    }

    private static RawClient.Response post(
            RawClient client, String token, Map<String, String> fields, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token != null) {
            all.put("token", token);
        }
        return client.postForm("/top-bar", all, headers);
    }
}
