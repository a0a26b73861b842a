package academy.xinfang.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;

/** What quiz server tests do through the real pages: upload a bank, start an attempt, send answers, submit. */
public final class QuizPages {
    /** Four questions, one of each kind the tests need, in a fixed order (no shuffle). */
    static final String BANK = """
            // @quiz: title=测试小测; pass=50
            // @quiz: shuffle=no; %s
            $CATEGORY: $course$/it-basics

            // @tags: BUCK_PASSING @section: six-taboos#buck-passing @type: single
            ::it-1::[markdown]**推诿**的要害是什么？{=不接手 #对 ~接了不办 #那是敷衍 ~态度生硬 #那是生硬 ~随口许诺 #那是随意答复 ####推诿的要害是不接。}

            // @tags: POLICY_AND_LAW @section: petition-basics#handling-review @type: fill
            ::it-2::[markdown]应当自受理之日起{=60日 #对 =六十日 #对 ####第三十四条。}内办结。

            // @tags: CARELESS_PROMISE @section: six-taboos#careless-promise @type: truefalse
            ::it-3::[markdown]随口否定也属于随意答复。{T#不对，否定也要有依据。#对。####没有依据的否定也是随意答复。}

            // @tags: @section: six-taboos#overview @type: ordering
            ::it-4::[markdown]请按先后排序。{=1 -> 登记 =2 -> 受理 =3 -> 办理 ####先登记，再受理，后办理。}
            """;

    private QuizPages() {}

    public static String bank(String settings) {
        return String.format(BANK, settings);
    }

    public static String uniqueKey() {
        return "it-" + Long.toString(System.nanoTime(), 36);
    }

    /** Uploads a bank through the trainers' page and returns the page after the upload. */
    public static HtmlPage upload(Browser trainer, String fileName, String text, String format) {
        try {
            Path dir = Files.createTempDirectory("bank");
            Path file = dir.resolve(fileName);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            HtmlPage page = trainer.get("/trainer/banks.xhtml");
            ((HtmlFileInput) page.getElementById("upload:file")).setFiles(file.toFile());
            page.getElementsByName("upload:format").stream()
                    .filter(e -> format.equals(e.getAttribute("value")))
                    .forEach(e -> trainer.click((HtmlElement) e));
            return trainer.click(page.getHtmlElementById("upload:send"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts (or resumes) the quiz from its page; returns the attempt page. */
    public static HtmlPage start(Browser officer, String key) {
        HtmlPage quiz = officer.get("/learn/quiz.xhtml?key=" + key);
        HtmlPage attempt = officer.click(quiz.getHtmlElementById("startForm:start"));
        assertThat(attempt.getElementById("attempt"))
                .as(attempt.asNormalizedText())
                .isNotNull();
        return attempt;
    }

    /** Starts (or resumes) the quiz from its page over plain HTTP; returns the attempt page. */
    public static RawClient.Response start(RawClient officer, String key) {
        RawClient.Response quiz = officer.get("/learn/quiz.xhtml?key=" + key);
        RawClient.Response started = officer.postback(quiz, "startForm", Map.of("startForm:start", "x"));
        RawClient.Response attempt = officer.get(RawClient.path(started.header("Location")));
        if (!attempt.body().contains("data-attempt=")) {
            throw new IllegalStateException("no attempt page after starting " + key + ": " + attempt.status());
        }
        return attempt;
    }

    public static String attemptId(HtmlPage attempt) {
        return attempt.getElementById("attempt").getAttribute("data-attempt");
    }

    /** Sends one answer to the answer servlet as the page script does; returns the JSON reply. */
    public static WebResponse answer(
            Browser officer, PayaraServer server, HtmlPage attempt, int position, String response, boolean check) {
        return answer(
                officer,
                server,
                attemptId(attempt),
                attempt.getElementById("attempt").getAttribute("data-token"),
                position,
                response,
                check);
    }

    public static WebResponse answer(
            Browser officer,
            PayaraServer server,
            String attemptId,
            String token,
            int position,
            String response,
            boolean check) {
        try {
            WebRequest req = new WebRequest(new URL(server.url("/learn/quiz/answer")), HttpMethod.POST);
            req.setCharset(StandardCharsets.UTF_8);
            req.setRequestParameters(List.of(
                    new NameValuePair("attempt", attemptId),
                    new NameValuePair("position", String.valueOf(position)),
                    new NameValuePair("response", response),
                    new NameValuePair("check", check ? "1" : "0"),
                    new NameValuePair("token", token)));
            return officer.client().loadWebResponse(req);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks the submit button past the script's confirmation, as an officer who confirmed would. */
    public static HtmlPage submit(Browser officer, HtmlPage attempt) {
        HtmlElement button = attempt.getHtmlElementById("submitForm:submit");
        button.setAttribute("data-ready", "true");
        return officer.click(button);
    }
}
