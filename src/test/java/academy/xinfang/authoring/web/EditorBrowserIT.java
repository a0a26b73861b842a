package academy.xinfang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The editor's live preview in a real browser: typing Markdown updates the rendered preview and the problems. */
class EditorBrowserIT extends BrowserTest {
    @Test
    void typingUpdatesThePreviewAndFlagsAHeadingWithoutId() {
        String trainer = fixtures.user("预览培训师", null, "TRAINER");
        logIn("/trainer/drafts.xhtml", trainer);
        assertThat(driver.findElements(By.id("convert:pasted"))).hasSize(1);

        driver.findElement(By.id("convert:pasted")).sendKeys("一、热情接待\n群众来访，起身相迎。\n二、耐心倾听\n让群众把话说完。");
        guardHttp(driver.findElement(By.id("convert:go"))::click);
        assertThat(driver.findElements(By.id("edit:markdown"))).hasSize(1);
        assertThat(driver.findElement(By.id("edit:preview")).getText()).contains("热情接待");

        WebElement area = driver.findElement(By.id("edit:markdown"));
        area.sendKeys(Keys.END, "\n\n## 实时预览的新标题\n\n新段落文字。");
        waitUntil(d -> d.findElement(By.id("edit:preview")).getText().contains("实时预览的新标题"));
        waitUntil(d -> d.findElement(By.id("edit:problems")).getText().contains("实时预览的新标题"));
        assertThat(driver.findElement(By.id("edit:problems")).getText()).contains("稳定 id");
    }
}
