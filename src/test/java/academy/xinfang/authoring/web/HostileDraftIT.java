package academy.xinfang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.authoring.domain.DocxBombs;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import java.io.IOException;
import java.nio.file.Path;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts and files built to take the authoring desk down (issue #10): Markdown nested 20,000 deep, which overflowed
 * the renderer's stack, and Word files that inflate to tens of megabytes or claim gigabytes. Each is refused with a
 * message the trainer can act on, nothing is stored, and the pages keep answering.
 */
class HostileDraftIT extends ServerTest {
    private static final String NESTED = ">".repeat(20_000) + " 深";

    @TempDir
    Path dir;

    @Test
    void aDraftNestedTwentyThousandQuotesDeepIsNotSavedNorPublishedAndItsEditorStillOpens() {
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("嵌套草稿培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage editor = DraftPages.paste(trainer, "一、热情接待\n群众来了要起身让座。\n");
            String draftUrl = editor.getUrl().getFile();
            HtmlTextArea area = editor.getHtmlElementById("edit:markdown");
            String saved = area.getText();
            String before = saved.stripTrailing() + "\n\n";
            int nestedLine = (int) before.chars().filter(c -> c == '\n').count() + 1;
            area.setText(before + NESTED + "\n");

            HtmlPage refused = trainer.click(editor.getHtmlElementById("edit:save"));
            assertThat(trainer.status(refused)).isEqualTo(200);
            assertThat(refused.getElementById("messages").asNormalizedText())
                    .contains("草稿未保存", "第 " + nestedLine + " 行", "嵌套超过 16 层");
            assertThat(refused.getElementById("edit:problems").asNormalizedText())
                    .contains("行号 " + nestedLine + ":", "嵌套超过 16 层");

            HtmlPage notPublished = trainer.click(refused.getHtmlElementById("edit:publish"));
            assertThat(trainer.status(notPublished)).isEqualTo(200);
            assertThat(notPublished.getElementById("messages").asNormalizedText())
                    .contains("请先修改");

            HtmlPage reopened = trainer.get(draftUrl);
            assertThat(trainer.status(reopened)).isEqualTo(200);
            assertThat(reopened.<HtmlTextArea>getHtmlElementById("edit:markdown")
                            .getText())
                    .isEqualTo(saved);
            assertThat(trainer.status(trainer.get("/trainer/drafts.xhtml"))).isEqualTo(200);
        }
    }

    @Test
    void aDraftOnlyTheParsedTreeRefusesIsNotSavedAndItsProblemNamesTheLineOfTheWholeText() {
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("强调草稿培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage editor = DraftPages.paste(trainer, "一、热情接待\n群众来了要起身让座。\n");
            String draftUrl = editor.getUrl().getFile();
            HtmlTextArea area = editor.getHtmlElementById("edit:markdown");
            String saved = area.getText();
            String before = saved.stripTrailing() + "\n\n";
            int deepLine = (int) before.chars().filter(c -> c == '\n').count() + 1;
            // passes the source scan; the body's parsed tree is 40 deep, and its lines follow the front matter
            area.setText(before + "(u)___".repeat(40) + "x" + "__".repeat(40) + "\n");

            HtmlPage refused = trainer.click(editor.getHtmlElementById("edit:save"));
            assertThat(refused.getElementById("messages").asNormalizedText())
                    .contains("草稿未保存", "第 " + deepLine + " 行", "嵌套超过 32 层");
            assertThat(refused.getElementById("edit:problems").asNormalizedText())
                    .contains("行号 " + deepLine + ":", "嵌套超过 32 层");
            assertThat(trainer.get(draftUrl)
                            .<HtmlTextArea>getHtmlElementById("edit:markdown")
                            .getText())
                    .isEqualTo(saved);
        }
    }

    @Test
    void wordFilesThatExpandToTensOfMegabytesOrClaimGigabytesAreRefusedAndNoDraftIsMade() throws IOException {
        String username = fixtures.user("炸弹培训师", null, "TRAINER");
        try (Browser trainer = new Browser(server)) {
            trainer.login(username, Fixtures.PASSWORD);

            HtmlPage expanding = DraftPages.upload(trainer, dir, "讲话.docx", DocxBombs.expandingParts());
            assertThat(trainer.status(expanding)).isEqualTo(200);
            assertThat(expanding.getElementById("messages").asNormalizedText()).contains("解压后超过", "另存为 .txt");

            HtmlPage picture = DraftPages.upload(trainer, dir, "图片.docx", DocxBombs.hugeMedia());
            assertThat(trainer.status(picture)).isEqualTo(200);
            assertThat(picture.getElementById("messages").asNormalizedText()).contains("word/media/image1.png", "压缩炸弹");

            HtmlPage desk = trainer.get("/trainer/drafts.xhtml");
            assertThat(trainer.status(desk)).isEqualTo(200);
            assertThat(desk.getElementById("draftList").asNormalizedText()).doesNotContain(username);
            // a speech right after the bombs still converts: the server kept its heap and its threads
            HtmlPage converted = DraftPages.paste(trainer, "一、耐心倾听\n让群众把话说完。\n");
            assertThat(converted.getUrl().toString()).contains("/trainer/draft.xhtml");
        }
    }
}
