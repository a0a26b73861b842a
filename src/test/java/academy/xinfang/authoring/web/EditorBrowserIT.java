package academy.xinfang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Chromium;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The editor's live preview in a real browser: typing Markdown updates the rendered preview and the problems. */
class EditorBrowserIT extends BrowserTest {
    @Test
    void typingUpdatesThePreviewAndFlagsAHeadingWithoutId() {
        String trainer = fixtures.user("预览培训师", null, "TRAINER");
        driver = Chromium.start(false);
        logIn("/trainer/drafts.xhtml", trainer);
        WebDriverWait wait = Chromium.waitFor(driver);
        wait.until(d -> !d.findElements(By.id("convert:pasted")).isEmpty());

        driver.findElement(By.id("convert:pasted")).sendKeys("一、热情接待\n群众来访，起身相迎。\n二、耐心倾听\n让群众把话说完。");
        driver.findElement(By.id("convert:go")).click();
        wait.until(d -> !d.findElements(By.id("edit:markdown")).isEmpty());
        assertThat(driver.findElement(By.id("edit:preview")).getText()).contains("热情接待");

        WebElement area = driver.findElement(By.id("edit:markdown"));
        area.sendKeys(Keys.END, "\n\n## 实时预览的新标题\n\n新段落文字。");
        wait.until(d -> d.findElement(By.id("edit:preview")).getText().contains("实时预览的新标题"));
        wait.until(d -> d.findElement(By.id("edit:problems")).getText().contains("实时预览的新标题"));
        assertThat(driver.findElement(By.id("edit:problems")).getText()).contains("稳定 id");
    }
}
