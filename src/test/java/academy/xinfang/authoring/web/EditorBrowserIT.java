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

    /**
     * Issue 15, point 7: the first Save or Publish after typing failed with "j_idt1：验证错误：必须输入值" once the live
     * preview had sent its request. Saving at once, saving while the preview request is under way and publishing after
     * the preview was updated must all keep exactly what was typed, on the server.
     */
    @Test
    void savingAndPublishingRightAfterTypingKeepTheText() {
        String trainer = fixtures.user("即存培训师", null, "TRAINER");
        logIn("/trainer/drafts.xhtml", trainer);
        driver.findElement(By.id("convert:pasted")).sendKeys("一、即时保存\n群众来访，起身相迎。");
        guardHttp(driver.findElement(By.id("convert:go"))::click);
        String editor = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/", "http://".length()));

        driver.findElement(By.id("edit:markdown")).sendKeys(Keys.END, "\n\n立即保存的段落。");
        guardHttp(driver.findElement(By.id("edit:save"))::click);
        assertSaved(editor, "草稿已保存", "立即保存的段落。");

        // The click lands the moment the preview's request leaves: the two requests race.
        js("jQuery(document).one('pfAjaxSend', function () { document.getElementById('edit:save').click(); });");
        guardHttp(() -> driver.findElement(By.id("edit:markdown")).sendKeys(Keys.END, "\n\n预览途中保存的段落。"));
        assertSaved(editor, "草稿已保存", "预览途中保存的段落。");

        driver.findElement(By.id("edit:markdown"))
                .sendKeys(Keys.END, "\n\n## 预览之后发布 {#publish-after-preview}\n\n预览之后发布的段落。");
        waitUntil(d -> d.findElement(By.id("edit:preview")).getText().contains("预览之后发布的段落。"));
        waitForAjax();
        guardHttp(driver.findElement(By.id("edit:publish"))::click);
        assertSaved(editor, "第 1 版", "预览之后发布的段落。");
    }

    /** The page after a save or publish shows the message, and the draft reloaded from the server has the text. */
    private static void assertSaved(String editor, String message, String text) {
        assertThat(driver.findElement(By.id("messages")).getText())
                .as(
                        "messages at %s on %s",
                        driver.getCurrentUrl(),
                        driver.findElement(By.tagName("body")).getText())
                .contains(message)
                .doesNotContain("验证错误");
        open(editor);
        assertThat(driver.findElement(By.id("edit:markdown")).getAttribute("value"))
                .as("the text on the server")
                .contains(text);
    }
}
