package academy.xinfang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.Viewport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The trainer's journey of issue 15 on a phone and a laptop: a speech from a document-sharing site is pasted and
 * converted, tags are picked by their Chinese names, the draft is saved and published (with the warnings of what the
 * module still lacks), published again after an edit, and the two latest versions are compared. Each step is a
 * checkpoint: a screenshot under target/screenshots/trainer and the accessibility check.
 */
class TrainerJourneyBrowserIT extends BrowserTest {

    private static final String SPEECH = "乡镇信访干部培训讲话.docx\n上传者：wenku2024 文档编号：8675309\n"
            + "做好来访群众的首次接待\n一、切忌冷落群众\n群众第一次来信访，往往心里没底。我们要起身相迎，请坐倒水，耐心听完诉求。\n"
            + "二、依法按程序办理\n能当场答复的当场答复，不能当场答复的，告知办理时限和程序，不随意表态。\n"
            + "更多精品文档请关注本站 联系电话：13912345678\n";

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void speechToModuleToPublishToCompare(Viewport viewport) {
        use(viewport);
        String module = Fixtures.unique("journey").toLowerCase();
        logIn("/trainer/drafts.xhtml", fixtures.user("旅程培训师", null, "TRAINER"));
        checkpoint("trainer", "01-drafts", viewport);

        driver.findElement(By.id("convert:pasted")).sendKeys(SPEECH);
        guardHttp(driver.findElement(By.id("convert:go"))::click);
        assertThat(driver.findElement(By.id("draftTitle")).getText()).isEqualTo("做好来访群众的首次接待");
        assertThat(driver.findElement(By.id("edit:removed")).getText()).contains("乡镇信访干部培训讲话.docx", "上传者");
        checkpoint("trainer", "02-converted", viewport);

        click(By.id("edit:attitudes:0"));
        guardHttp(() -> click(By.id("edit:applyTags")));
        assertThat(markdown()).contains("COLD_RECEPTION", "FIRST_TIME", "WARMTH");
        checkpoint("trainer", "03-tags", viewport);

        js(
                "var a = arguments[0]; a.value = a.value.replace(/^id: .*$/m, 'id: ' + arguments[1]);",
                driver.findElement(By.id("edit:markdown")),
                module);
        guardHttp(() -> click(By.id("edit:save")));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("草稿已保存");
        checkpoint("trainer", "04-saved", viewport);

        guardHttp(() -> click(By.id("edit:publish")));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("第 1 版", "缺少案例", "缺少“自我检测”一节");
        checkpoint("trainer", "05-published-with-warnings", viewport);

        js(
                "var a = arguments[0]; a.value = a.value.replace('请坐倒水', '请坐倒茶');",
                driver.findElement(By.id("edit:markdown")));
        guardHttp(() -> click(By.id("edit:publish")));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("第 2 版");

        open("/trainer/versions.xhtml?module=" + module);
        assertThat(driver.findElement(By.id("from-1")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("to-2")).isSelected()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#diff del")))
                .extracting(e -> e.getAttribute("textContent"))
                .containsExactly("删除：水");
        assertThat(driver.findElements(By.cssSelector("#diff ins")))
                .extracting(e -> e.getAttribute("textContent"))
                .containsExactly("新增：茶");
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
        checkpoint("trainer", "06-compare", viewport);
    }

    private static String markdown() {
        return driver.findElement(By.id("edit:markdown")).getAttribute("value");
    }

    /** Clicks an element after scrolling it into view: on a phone the editor's side panels lie far below. */
    private static void click(By by) {
        WebElement element = driver.findElement(by);
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
