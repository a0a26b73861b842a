package academy.xinfang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.htmlunit.BrowserVersion;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;

/**
 * One user's HTTP session against a {@link PayaraServer}, through HtmlUnit (cookies, redirects, Faces forms and
 * PrimeFaces scripts). Used by server tests, and by fixtures that set data up through the real admin pages.
 */
public final class Browser implements AutoCloseable {
    private final PayaraServer server;
    private final String baseUrl;
    private final WebClient client;
    private String username;

    public Browser(PayaraServer server) {
        this(server, null);
    }

    /** A browser of the server at this base URL ({@code http://host:port}), for instance behind a load balancer. */
    public Browser(String baseUrl) {
        this(null, baseUrl);
    }

    private Browser(PayaraServer server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
        this.client = new WebClient(BrowserVersion.CHROME);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setJavaScriptEnabled(true);
    }

    public HtmlPage get(String path) {
        try {
            Page page = client.getPage(server != null ? server.url(path) : baseUrl + path);
            if (!(page instanceof HtmlPage html)) {
                throw new IllegalStateException(
                        path + " answered " + page.getWebResponse().getContentType());
            }
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FailingHttpStatusCodeException e) {
            throw new IllegalStateException(e);
        }
    }

    public int status(HtmlPage page) {
        return page.getWebResponse().getStatusCode();
    }

    /** Logs in through the container's form login; returns the page the user lands on. */
    public HtmlPage login(String username, String password) {
        return loginAt("/account/home.xhtml", username, password);
    }

    /** Opens a protected page, logs in on the form the container shows, and returns the page after login. */
    public HtmlPage loginAt(String path, String username, String password) {
        HtmlPage form = get(path);
        HtmlForm login = form.getHtmlElementById("loginForm") instanceof HtmlForm f ? f : null;
        if (login == null) {
            throw new IllegalStateException("no login form: " + form.asNormalizedText());
        }
        form.getHtmlElementById("j_username").setAttribute("value", username);
        form.getHtmlElementById("j_password").setAttribute("value", password);
        this.username = username;
        return click(form.getHtmlElementById("loginSubmit"));
    }

    /** The server this browser talks to; null for a browser made on a base URL. */
    public PayaraServer server() {
        return server;
    }

    /** The name this browser last signed in with, or null. */
    public String username() {
        return username;
    }

    /**
     * Signs in with a password someone else set (an import, an administrator's reset), which leads to the password
     * form, and chooses a new one there; returns the page after it (the user's home page).
     */
    public HtmlPage loginChangingPassword(String username, String givenPassword, String newPassword) {
        HtmlPage form = login(username, givenPassword);
        if (form.getElementById("mustChange") == null) {
            throw new IllegalStateException("no forced password change after login: " + form.asNormalizedText());
        }
        return changePassword(form, givenPassword, newPassword);
    }

    /**
     * Fills in the password form on the given page (account/password.xhtml, or the page a forced change leads to):
     * the current password, the new one twice; saves and returns the page after it.
     */
    public HtmlPage changePassword(HtmlPage form, String current, String next) {
        type(form, "pw:current", current);
        type(form, "pw:next", next);
        type(form, "pw:confirm", next);
        return click(form.getHtmlElementById("pw:save"));
    }

    public HtmlPage click(HtmlElement element) {
        try {
            return element.click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void type(HtmlPage page, String id, String value) {
        HtmlElement input = page.getHtmlElementById(id);
        input.setAttribute("value", value);
    }

    /** Selects the option whose visible text, with tree indentation removed, equals the given text. */
    public static void select(HtmlPage page, String id, String text) {
        HtmlSelect select = page.getHtmlElementById(id);
        HtmlOption option = select.getOptions().stream()
                .filter(o -> o.getText().replace("\u3000", "").strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option " + text + " in " + id + ": "
                        + select.getOptions().stream().map(HtmlOption::getText).toList()));
        select.setSelectedAttribute(option, true);
    }

    /** Checks exactly the checkboxes (of a selectManyCheckbox) whose values are given. */
    public static void check(HtmlPage page, String groupName, String... values) {
        for (HtmlElement e : page.getDocumentElement().getElementsByAttribute("input", "name", groupName)) {
            if (e instanceof HtmlCheckBoxInput box) {
                box.setChecked(Arrays.asList(values).contains(box.getValueAttribute()));
            }
        }
    }

    public WebClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
