package academy.xinfang.platform.web;

import academy.xinfang.platform.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Every error of the JSON API as RFC 9457 problem details ({@code application/problem+json}): {@code type}, {@code
 * title}, {@code status}, {@code detail} and, where it helps, {@code instance}. A refusal with a specific reason (a
 * {@link Refusal}) has the type {@link #TYPE_PREFIX} followed by its bundle key ({@code …:api.throttled}), so that a
 * program tells reasons apart without reading text; a plain HTTP status (an unknown path, a method or media type the
 * call does not take) has {@code about:blank} and the status's own title. Titles and details are the bundle's text in
 * the caller's language: the {@code Accept-Language} header if it names Chinese or English, else the language cookie
 * of the web pages, else English (what the API spoke before, and what the scripts calling it expect in their logs).
 */
public final class ApiErrors {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** A tag URI (RFC 4151): names the reason for good without promising a page at that address. */
    public static final String TYPE_PREFIX = "tag:xinfang.academy,2026:problem:";

    private static final String LANGUAGE_COOKIE = "academy_lang";
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private ApiErrors() {}

    /** Whether a request is a call of the API (its path below the application is /api or under it). */
    public static boolean isApi(HttpServletRequest request) {
        return isApiPath(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether a path below the application's root names the API. */
    public static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The caller's language for problem details (see the class comment). */
    public static Locale locale(HttpServletRequest request) {
        Locale chosen = locale(request.getHeader("Accept-Language"), null);
        if (chosen != null) {
            return chosen;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(c.getName())) {
                    return locale(c.getValue(), Locale.ENGLISH);
                }
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The first of the languages the academy speaks that a header or tag asks for (by language, so {@code zh-TW}
     * gets Chinese too), or {@code otherwise}.
     */
    static Locale locale(String acceptLanguage, Locale otherwise) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return otherwise;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                for (Locale l : LANGUAGES) {
                    if (l.getLanguage().equals(language)) {
                        return l;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header asks for nothing
        }
        return otherwise;
    }

    /** The problem of a refusal with its specific reason. */
    public static JsonObjectBuilder problem(Refusal refusal, Locale locale) {
        return Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + refusal.key())
                .add("title", title(refusal.status(), locale))
                .add("status", refusal.status())
                .add(
                        "detail",
                        Messages.text(locale, refusal.key(), refusal.arguments().toArray()));
    }

    /** The problem of a plain HTTP status, with the bundle's words for it. */
    public static JsonObjectBuilder problem(int status, Locale locale) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title(status, locale))
                .add("status", status)
                .add("detail", Messages.text(locale, detailKey(status)));
    }

    /** The title of a status: the bundle's {@code problem.<status>.title}, or that of its class (4xx, 5xx). */
    static String title(int status, Locale locale) {
        String key = "problem." + status + ".title";
        String text = Messages.text(locale, key);
        return text.startsWith("??")
                ? Messages.text(locale, status >= 500 ? "problem.5xx.title" : "problem.4xx.title")
                : text;
    }

    private static String detailKey(int status) {
        String key = "problem." + status + ".detail";
        return Messages.text(Locale.ENGLISH, key).startsWith("??")
                ? status >= 500 ? "problem.5xx.detail" : "problem.4xx.detail"
                : key;
    }

    /** A refusal written by a servlet or filter, outside JAX-RS. */
    public static void write(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        write(response, refusal.status(), problem(refusal, locale(request)).build());
    }

    /** A plain status written by a servlet or filter, with the path called as its {@code instance}. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String path)
            throws IOException {
        write(
                response,
                status,
                problem(status, locale(request)).add("instance", path).build());
    }

    public static void write(HttpServletResponse response, int status, JsonObject problem) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        byte[] body = problem.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
