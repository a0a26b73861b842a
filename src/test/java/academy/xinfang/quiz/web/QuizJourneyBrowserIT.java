package academy.xinfang.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.roleplay.domain.ScoreBand;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Viewport;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The officer's quiz and role-play day on a phone and a laptop: the quiz list in course order, a quiz with the
 * navigator (jump, flag, answered count), the warning before submit, the review marked part by part, "next item" to
 * the role-play that follows in the course, a typed reply with its busy state, and the scorecard with bars coloured by
 * score. Each step saves a screenshot and passes the accessibility check.
 */
class QuizJourneyBrowserIT extends BrowserTest {
    private static final String JOURNEY = "quiz";
    /** In the induction course the reception-attitudes quiz is followed by the first-time-land scenario. */
    private static final String QUIZ = "reception-attitudes";

    private static final String SCENARIO = "first-time-land";

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anOfficerTakesAQuizWithTheNavigatorThenPlaysTheNextItem(Viewport viewport) {
        use(viewport);
        String officer = fixtures.user("测验旅程" + viewport.ordinal(), null, "OFFICER");
        logIn("/learn/quizzes.xhtml", officer);
        assertThat(driver.findElement(By.id("quiz-" + QUIZ)).isDisplayed()).isTrue();
        noSidewaysScroll("quiz list");
        checkpoint(JOURNEY, "01-quiz-list", viewport);

        guardHttp(driver.findElement(By.cssSelector("#quiz-" + QUIZ + " h2 a"))::click);
        checkpoint(JOURNEY, "02-quiz", viewport);
        guardHttp(driver.findElement(By.id("startForm:start"))::click);
        List<WebElement> items = driver.findElements(By.cssSelector("#qnav .q-nav-list .q-nav-item"));
        int total = items.size();
        assertThat(total).isGreaterThan(3);
        assertThat(driver.findElement(By.id("answeredCount")).getText())
                .isEqualTo(Bundle.zh("quiz.answeredCount", 0, total));

        // answer the first question, whatever its kind
        answerFirstOption(0);
        waitUntil(d -> d.findElement(By.id("nav0")).getAttribute("class").matches(".*(^|\\s)answered(\\s|$).*"));
        assertThat(driver.findElement(By.id("answeredCount")).getText())
                .isEqualTo(Bundle.zh("quiz.answeredCount", 1, total));

        // jump to the third question with the navigator and flag it
        driver.findElement(By.id("nav2")).click();
        waitUntil(d -> "step".equals(d.findElement(By.id("nav2")).getAttribute("aria-current")));
        assertThat((Boolean) js("var r = document.getElementById('q2').getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight;"))
                .as("the navigator brings the question into view")
                .isTrue();
        driver.findElement(By.id("flag2")).click();
        assertThat(driver.findElement(By.id("flag2")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("nav2")).getAttribute("class")).contains("flagged");
        noSidewaysScroll("attempt");
        checkpoint(JOURNEY, "03-attempt-navigator", viewport);

        // submit: the unanswered and the flagged are listed first
        driver.findElement(By.id("submitForm:submit")).click();
        waitUntil(d -> d.findElement(By.id("submitWarning")).isDisplayed());
        String unanswered = IntStream.rangeClosed(2, total)
                .mapToObj(String::valueOf)
                .collect(Collectors.joining(Bundle.zh("quiz.nav.separator")));
        assertThat(driver.findElement(By.id("unansweredList")).getText())
                .isEqualTo(Bundle.zh("quiz.unanswered", unanswered));
        assertThat(driver.findElement(By.id("flaggedList")).getText()).isEqualTo(Bundle.zh("quiz.flagged", 3));
        checkpoint(JOURNEY, "04-submit-warning", viewport);
        guardHttp(driver.findElement(By.id("submitAnyway"))::click);

        // the review marks each part; "next item" leads to the scenario that follows in the course
        assertThat(driver.getCurrentUrl()).contains("/learn/review.xhtml");
        assertThat(driver.findElements(By.cssSelector("#marks0 li.mark.RIGHT, #marks0 li.mark.WRONG")))
                .as("the answer given is marked")
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#marks1 li.mark.MISSED, #marks1 li.mark.WRONG")))
                .as("an unanswered question shows what was right")
                .isNotEmpty();
        noSidewaysScroll("review");
        checkpoint(JOURNEY, "05-review", viewport);
        guardHttp(driver.findElement(By.id("nextItem"))::click);
        assertThat(driver.getCurrentUrl()).contains("/learn/roleplays.xhtml#scenario-" + SCENARIO);
        checkpoint(JOURNEY, "06-roleplays", viewport);

        guardHttp(driver.findElement(By.cssSelector("#scenario-" + SCENARIO + " input[type=submit]"))::click);
        assertThat(driver.getCurrentUrl()).contains("/learn/roleplay.xhtml?session=");
        boolean typed = false;
        for (int turn = 1; turn <= 20 && driver.getCurrentUrl().contains("/roleplay.xhtml"); turn++) {
            int replies = driver.findElements(By.cssSelector("#transcript li.officer"))
                    .size();
            if (!typed && !driver.findElements(By.id("typed:text")).isEmpty()) {
                typed = true;
                typeAReplyAndSeeItScored(viewport);
            } else {
                // a second tap while the reply is on its way is RolePlayBrowserIT's business
                driver.findElement(By.cssSelector("#reply button.choice")).click();
            }
            waitUntil(d -> !d.getCurrentUrl().contains("/roleplay.xhtml")
                    || d.findElements(By.cssSelector("#transcript li.officer")).size() > replies);
            waitForAjax();
        }
        assertThat(typed).as("the scenario took a typed reply").isTrue();

        waitUntil(d -> d.getCurrentUrl().contains("/learn/roleplay-result.xhtml"));
        waitForAjax();
        List<WebElement> rows = driver.findElements(By.cssSelector("#qualities tr"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            int score = Integer.parseInt(
                    row.findElement(By.cssSelector("td.score")).getText().strip());
            String band = "band-" + ScoreBand.of(score).name().toLowerCase(Locale.ROOT);
            assertThat(row.findElement(By.cssSelector(".bar")).getAttribute("class"))
                    .as("the bar of a score of " + score)
                    .contains(band);
            String colour = (String)
                    js("return getComputedStyle(arguments[0].querySelector('.bar span')).backgroundColor;", row);
            assertThat(colour)
                    .as("a score of " + score + " is drawn in its band's colour")
                    .isEqualTo(
                            switch (ScoreBand.of(score)) {
                                case LOW -> "rgb(192, 57, 43)";
                                case MIDDLE -> "rgb(217, 119, 6)";
                                case HIGH -> "rgb(47, 143, 70)";
                            });
        }
        noSidewaysScroll("scorecard");
        checkpoint(JOURNEY, "08-scorecard", viewport);
    }

    /**
     * Types a reply and holds its request in the browser (as a slow network would) to see the busy state: the send
     * button disabled and "正在评分…" in the live status line; then lets it go and sees the line emptied.
     */
    private void typeAReplyAndSeeItScored(Viewport viewport) {
        driver.findElement(By.id("typed:text")).sendKeys("您别着急，慢慢说，我都记下来，一定给您一个答复");
        js("""
                var send = XMLHttpRequest.prototype.send;
                window.heldReply = undefined;
                XMLHttpRequest.prototype.send = function (body) {
                  var xhr = this;
                  if (window.heldReply === undefined) {
                    window.heldReply = function () { XMLHttpRequest.prototype.send = send; send.call(xhr, body); };
                  } else {
                    send.call(xhr, body);
                  }
                };""");
        driver.findElement(By.id("typed:send")).click();
        waitUntil(d -> d.findElement(By.id("waiting")).isDisplayed());
        assertThat(driver.findElement(By.id("waiting")).getText()).isEqualTo(Bundle.zh("roleplay.scoring"));
        assertThat(driver.findElement(By.id("waiting")).getAttribute("aria-live"))
                .isEqualTo("polite");
        assertThat(driver.findElement(By.id("typed:send")).isEnabled()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#reply button.choice")))
                .allSatisfy(b -> assertThat(b.isEnabled()).isFalse());
        checkpoint(JOURNEY, "07-roleplay-scoring", viewport);
        js("window.heldReply();");
        waitUntil(d -> d.findElement(By.id("waiting")).getText().isEmpty());
    }

    private static void answerFirstOption(int position) {
        List<WebElement> inputs = driver.findElements(By.cssSelector("#q" + position + " input[type=radio], #q"
                + position + " input[type=checkbox], #q" + position + " input.fill"));
        if (inputs.isEmpty()) {
            // matching or ordering: place the first option in the first slot
            js(
                    "var s = document.querySelector('#q' + arguments[0] + ' select'); s.selectedIndex = 1;"
                            + " s.dispatchEvent(new Event('change', {bubbles: true}));",
                    position);
        } else if (inputs.get(0).getAttribute("class") != null
                && inputs.get(0).getAttribute("class").contains("fill")) {
            inputs.get(0).sendKeys("答案");
            driver.findElement(By.cssSelector("#q" + position + " .q-text")).click();
        } else {
            inputs.get(0).click();
        }
    }

    private static void noSidewaysScroll(String page) {
        assertThat(horizontalOverflow()).as(page + " fits the screen").isLessThanOrEqualTo(0L);
    }
}
