package academy.xinfang.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's session over plain HTTP, for tests that send what no browser sends (a made-up view state, a NUL in a
 * field, a 50 MB body) and look at the raw answer. Keeps cookies, never follows redirects, speaks HTTP/1.1. Talks to a
 * {@link PayaraServer} (wherever it listens after a restart) or to a base URL that can be switched mid-session
 * ({@link #switchTo}), as a load balancer would move a user to another node: cookies are kept per host, so nodes on
 * one address but different ports share them.
 */
public final class RawClient {
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("name=\"primefaces\\.nonce\"[^>]*value=\"([^\"]+)\"");

    /** The hidden field each of our forms carries with its view's CSP nonce, checked on the postback. */
    public static final String NONCE_FIELD = "primefaces.nonce";

    private static final Pattern HIDDEN =
            Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private Supplier<String> base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String basic;

    public record Response(int status, String body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        /** The view state of the first form on the page, or null. */
        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /** The CSP nonce of the first form on the page, or null. */
        public String nonce() {
            Matcher m = NONCE.matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    public RawClient(PayaraServer server) {
        this(() -> server.url(""));
    }

    /** A client of the server at this base URL ({@code http://host:port}, no trailing slash). */
    public RawClient(String baseUrl) {
        this(() -> baseUrl);
    }

    private RawClient(Supplier<String> base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Sends every later request to this base URL instead, with the same cookies: the session moves, not the user. */
    public RawClient switchTo(String baseUrl) {
        this.base = () -> baseUrl;
        return this;
    }

    /** The value of the cookie of this name the client holds for its current host, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().get(uri("/")).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Signs in through the form login, as a browser does: with the form's hidden fields, if it has any. */
    public RawClient login(String username, String password) {
        String form = element(get("/account/home.xhtml").body(), "loginForm");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.put("j_username", username);
        fields.put("j_password", password);
        Response r = postForm("/j_security_check", fields, Map.of());
        if (r.status() != 302 || String.valueOf(r.header("Location")).contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + r.status() + " " + r.headers());
        }
        return this;
    }

    /**
     * Signs in as a user who must choose a password at the first sign-in (an imported officer), and chooses it on the
     * password page the sign-in leads to, as {@link Browser#loginChangingPassword} does, in four plain requests.
     */
    public RawClient loginChangingPassword(String username, String givenPassword, String newPassword) {
        login(username, givenPassword);
        Response form = get("/account/password.xhtml");
        if (!form.body().contains("id=\"mustChange\"")) {
            throw new IllegalStateException("no forced password change after the login of " + username);
        }
        Response saved = postback(
                form,
                "pw",
                Map.of("pw:current", givenPassword, "pw:next", newPassword, "pw:confirm", newPassword, "pw:save", "x"));
        if (saved.status() != 302) {
            throw new IllegalStateException("password change of " + username + " failed: " + saved.status() + " "
                    + text(element(saved.body(), "pw")));
        }
        return this;
    }

    /** Posts the form of this id from the page, with the page's view state and nonce, as its button does. */
    public Response postback(Response page, String form, Map<String, String> fields) {
        String markup = element(page.body(), form);
        Matcher action = ACTION.matcher(markup);
        if (!action.find()) {
            throw new IllegalStateException("no form " + form + " on the page: " + text(page.body()));
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", page.viewState());
        all.put(NONCE_FIELD, page.nonce());
        return postForm(path(action.group(1).replace("&amp;", "&")), all, Map.of());
    }

    /** The path and query of a URL a redirect or form names (absolute or not). */
    public static String path(String url) {
        if (url == null) {
            throw new IllegalStateException("no redirect where one was expected");
        }
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** A nonce of the form PrimeFaces makes (Base64 of a UUID) that belongs to no view: what a forger would send. */
    public static String madeUpNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** HTTP Basic on every request, as the REST API wants. */
    public RawClient basic(String username, String password) {
        basic = basicHeader(username, password);
        return this;
    }

    /** The {@code Authorization} header of HTTP Basic, UTF-8 as the API reads it. */
    public static String basicHeader(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The language cookie the language switch sets. */
    public RawClient language(String tag) {
        return cookie("academy_lang", tag);
    }

    /** Adds a cookie for the current host, as if a server had set it. */
    public RawClient cookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
        return this;
    }

    /** The cookies this session sends, for a request made with another client. */
    public String cookieHeader() {
        return cookies.getCookieStore().get(uri("/")).stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of());
    }

    public Response postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        return post(path, urlEncoded(fields), "application/x-www-form-urlencoded", headers);
    }

    /** A post from one of the server's own pages: with the Origin header browsers send, unless the headers give one. */
    public Response post(String path, byte[] body, String contentType, Map<String, String> headers) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .header("Origin", base.get())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                headers);
    }

    private Response send(HttpRequest.Builder request, Map<String, String> headers) {
        request.timeout(Duration.ofSeconds(120));
        // in place of the defaults (a test's own Origin is that of another site's page)
        headers.forEach(request::setHeader);
        if (basic != null) {
            request.header("Authorization", basic);
        }
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(
                    r.statusCode(),
                    new String(r.body(), StandardCharsets.UTF_8),
                    r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base.get() + path);
    }

    private static byte[] urlEncoded(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body: the fields, then one file part. Returns the body and its content type. */
    public static Multipart multipart(Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----academy" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1024);
        fields.forEach((k, v) -> write(
                out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        if (fileField != null) {
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return new Multipart(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    public record Multipart(byte[] body, String contentType) {}

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");

    /** The markup of the element with this id, tags included; empty when there is none. */
    public static String element(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        if (at < 0) {
            return "";
        }
        int start = html.lastIndexOf('<', at);
        Matcher m = TAG.matcher(html);
        m.region(start, html.length());
        int depth = 0;
        String name = null;
        while (m.find()) {
            if (name == null) {
                name = m.group(2);
            }
            if (!m.group(2).equalsIgnoreCase(name) || !m.group(3).isEmpty()) {
                continue;
            }
            depth += m.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return html.substring(start, m.end());
            }
        }
        return html.substring(start);
    }

    /** What a reader sees of some markup: no tags, no scripts, entities resolved, white space collapsed. */
    public static String text(String html) {
        String t = html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("<!\\[CDATA\\[|]]>", " ")
                .replaceAll("<[^>]*>", " ");
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos|nbsp);")
                .matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default ->
                    new String(Character.toChars(
                            e.startsWith("#x")
                                    ? Integer.parseInt(e.substring(2), 16)
                                    : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
