package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.ServerTest;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

/**
 * Mojarra's flash cookie names memory of the node that set it, encrypted with that node's key: brought to another node
 * of a cluster, or made up by a client, it used to fail every page of that user with 500. Messages that outlive a
 * redirect now travel in the session, and Faces neither reads nor sets the cookie.
 */
class FlashCookieIT extends ServerTest {
    /** What another node's flash cookie looks like here: Base64 that this node's key cannot decrypt. */
    private static final String FOREIGN_FLASH = "Zm9yZWlnbiBub2RlJ3MgZmxhc2ggY29va2llIHZhbHVl";

    @Test
    void aFlashCookieFromAnotherNodeIsIgnored() {
        RawClient visitor = new RawClient(server).cookie("csfcfc", FOREIGN_FLASH);

        RawClient.Response login = visitor.get("/login.xhtml");
        RawClient.Response home = visitor.get("/account/home.xhtml");

        assertThat(login.status()).as("login page").isIn(200, 302);
        assertThat(home.status()).as("home page, signed out").isIn(200, 302);
        assertThat(String.valueOf(login.headers().get("set-cookie"))).doesNotContain("csfcfc");
    }

    @Test
    void aMessageOutlivesItsRedirectWithoutTheFlash() {
        try (Browser admin = new Browser(server)) {
            admin.login("admin", PayaraServer.ADMIN_PASSWORD);
            String name = Fixtures.unique("闪存县");

            HtmlPage after = createCounty(admin, name);

            assertThat(after.getUrl().toString()).as("Post-Redirect-Get").doesNotContain("jakarta.faces");
            assertThat(after.asNormalizedText()).contains(Bundle.zh("department.created", name));
            assertThat(admin.client().getCookieManager().getCookie("csfcfc"))
                    .as("no flash cookie set")
                    .isNull();
            // shown once: the next page does not repeat it
            assertThat(admin.get("/admin/departments.xhtml").asNormalizedText())
                    .doesNotContain(Bundle.zh("department.created", name));
        }
    }

    private static HtmlPage createCounty(Browser admin, String name) {
        HtmlPage page = admin.get("/admin/departments.xhtml");
        HtmlSelect kind = page.getHtmlElementById("add:kind");
        kind.setSelectedAttribute(kind.getOptionByValue("COUNTY"), true);
        Browser.type(page, "add:code", Fixtures.unique("F"));
        Browser.type(page, "add:name", name);
        return admin.click(page.getHtmlElementById("add:create"));
    }
}
