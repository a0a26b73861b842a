package academy.xinfang.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer takes a quiz on a 360 px phone with the real page script: answers save as they are given, one given
 * while the network is down is kept and sent when it comes back, immediate feedback shows, and the attempt submits.
 */
class QuizBrowserIT extends BrowserTest {

    @Test
    void takingAQuizOnAPhoneThroughALostConnection() {
        String key = QuizPages.uniqueKey();
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("手机题库培训师", null, "TRAINER"), Fixtures.PASSWORD);
            QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=immediate"), "GIFT");
        }
        usePhone();
        logIn("/learn/quiz.xhtml?key=" + key, fixtures.user("手机答题学员", null, "OFFICER"));
        guardHttp(driver.findElement(By.id("startForm:start"))::click);
        assertThat(horizontalOverflow()).as("the attempt fits a 360 px screen").isLessThanOrEqualTo(0L);

        driver.findElement(By.cssSelector("#q0 input[value='0']")).click();
        waitForState("q0", Bundle.zh("quiz.state.saved"));
        driver.findElement(By.cssSelector("#q0 button.check")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#q0 .feedback"), Bundle.zh("quiz.right")));
        assertThat(driver.findElement(By.cssSelector("#q0 input[value='1']")).isEnabled())
                .isFalse();

        ChromiumDriver chromium = (ChromiumDriver) driver;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chromium.setNetworkConditions(offline);
        driver.findElement(By.cssSelector("#q2 input[value='1']")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("saveState"), "网络中断"));
        String kept = (String) js("return window.localStorage.getItem('academy.quiz.' + "
                + "document.getElementById('attempt').getAttribute('data-attempt'));");
        assertThat(kept).contains("T:1");

        chromium.deleteNetworkConditions();
        waitForState("q2", Bundle.zh("quiz.state.saved"));
        WebElement fill = driver.findElement(By.cssSelector("#q1 input.fill"));
        fill.sendKeys("６０日");
        driver.findElement(By.cssSelector("#q1 .q-text")).click(); // leaving the field sends it
        waitForState("q1", Bundle.zh("quiz.state.saved"));
        var selects = driver.findElements(By.cssSelector("#q3 select"));
        for (int i = 0; i < selects.size(); i++) {
            new Select(selects.get(i)).selectByValue(String.valueOf(i));
        }
        waitForState("q3", Bundle.zh("quiz.state.saved"));

        guardHttp(driver.navigate()::refresh);
        assertThat(driver.findElement(By.cssSelector("#q2 input[value='1']")).isSelected())
                .isTrue();
        assertThat(driver.findElement(By.cssSelector("#q1 input.fill")).getAttribute("value"))
                .isEqualTo("６０日");

        driver.findElement(By.id("submitForm:submit")).click();
        waitUntil(ExpectedConditions.alertIsPresent()).accept();
        waitUntil(d -> !d.findElements(By.id("result")).isEmpty());
        assertThat(driver.findElement(By.id("result")).getText()).contains("得分 100%", Bundle.zh("quiz.passed"));
    }

    private static void waitForState(String question, String text) {
        waitUntil(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + question + " .q-state"), text));
    }
}
