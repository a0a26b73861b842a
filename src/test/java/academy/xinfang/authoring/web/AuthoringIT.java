package academy.xinfang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.htmlunit.Page;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From an uploaded speech to a module officers read; edit conflicts; versions, diffs and downloads. */
class AuthoringIT extends ServerTest {
    @TempDir
    Path dir;

    @Test
    void aGbkSpeechBecomesADraftThatIsPublishedAndReadByOfficers() throws IOException {
        String speech = TestFiles.read("src", "test", "resources", "seeds", "000_f99291dc47152688.txt");
        String id = Fixtures.unique("speech").toLowerCase();
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("讲稿培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage editor = DraftPages.upload(trainer, dir, "讲话.txt", speech.getBytes(Charset.forName("GBK")));
            assertThat(editor.getUrl().toString()).contains("/trainer/draft.xhtml");
            String markdown =
                    editor.<HtmlTextArea>getHtmlElementById("edit:markdown").getText();
            assertThat(markdown).startsWith("---").contains("政治素养").contains("## ");
            assertThat(editor.getElementById("edit:preview").asNormalizedText()).contains("政治素养");

            // Give the draft a stable id of our own, then publish it.
            HtmlTextArea area = editor.getHtmlElementById("edit:markdown");
            area.setText(markdown.replaceFirst("(?m)^id: .*$", "id: " + id));
            HtmlPage published = trainer.click(editor.getHtmlElementById("edit:publish"));
            assertThat(published.getElementById("messages").asNormalizedText()).contains("第 1 版");
        }
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("读讲稿学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage module = officer.get("/learn/module.xhtml?id=" + id);
            assertThat(officer.status(module)).isEqualTo(200);
            assertThat(module.getElementById("module").asNormalizedText()).contains("心理素质");
            assertThat(officer.status(officer.get("/trainer/drafts.xhtml"))).isEqualTo(403);
        }
    }

    /**
     * Issue 15, point 8: a speech from a document-sharing site loses its uploader and advertisement lines, which the
     * editor lists so that one can be restored; tags are picked by their Chinese names; publishing a module without a
     * worked example and a self-check goes ahead with a warning naming both; a draft can then be deleted.
     */
    @Test
    void aDocumentSiteSpeechIsCleanedTaggedByNamePublishedWithWarningsAndItsDraftDeleted() {
        String id = Fixtures.unique("doc-site").toLowerCase();
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("文库培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage editor = DraftPages.paste(
                    trainer,
                    "县信访局长讲话.docx\n上传者：wenku88 文档编号：5551234\n做好初次来访群众的接待\n"
                            + "一、切忌冷落群众\n群众第一次来信访，我们要起身相迎，耐心听完。\n"
                            + "更多精品文档请关注本站 联系电话：13912345678\n");
            assertThat(editor.getElementById("draftTitle").asNormalizedText()).isEqualTo("做好初次来访群众的接待");
            assertThat(editor.getElementById("edit:removed").asNormalizedText())
                    .contains("县信访局长讲话.docx", "上传者：wenku88文档编号：5551234", "联系电话：13912345678");
            String markdown =
                    editor.<HtmlTextArea>getHtmlElementById("edit:markdown").getText();
            assertThat(markdown).doesNotContain("上传者", "13912345678").contains("COLD_RECEPTION", "FIRST_TIME");
            assertThat(editor.getElementById("edit:suggestions").asNormalizedText())
                    .contains("接待冷淡", "初访者");

            HtmlPage restored = trainer.click(editor.getHtmlElementById("edit:removedList:1:restore"));
            assertThat(restored.<HtmlTextArea>getHtmlElementById("edit:markdown")
                            .getText())
                    .contains("\n上传者：wenku88文档编号：5551234\n");

            HtmlTextArea area = restored.getHtmlElementById("edit:markdown");
            area.setText(area.getText()
                    .replace("\n上传者：wenku88文档编号：5551234\n", "\n")
                    .replaceFirst("(?m)^id: .*$", "id: " + id));
            restored.<HtmlCheckBoxInput>getHtmlElementById("edit:taboos:0").setChecked(false);
            restored.<HtmlCheckBoxInput>getHtmlElementById("edit:attitudes:3").setChecked(true);
            HtmlPage tagged = trainer.click(restored.getHtmlElementById("edit:applyTags"));
            assertThat(tagged.<HtmlTextArea>getHtmlElementById("edit:markdown").getText())
                    .contains("tags: [FIRST_TIME, PATIENCE]");

            HtmlPage published = trainer.click(tagged.getHtmlElementById("edit:publish"));
            assertThat(published.getElementById("messages").asNormalizedText())
                    .contains("第 1 版", "缺少案例", "缺少“自我检测”一节")
                    .doesNotContain("缺少“学习目标”一节");

            HtmlPage desk = trainer.get("/trainer/drafts.xhtml");
            HtmlElement delete = desk.querySelector("#draftList li:first-child input[type=submit]");
            assertThat(delete.getAttribute("data-confirm")).contains("做好初次来访群众的接待");
            HtmlPage after = trainer.click(delete);
            assertThat(after.getElementById("messages").asNormalizedText()).contains("已删除");
            assertThat(after.getElementById("draftList").asNormalizedText()).doesNotContain("做好初次来访群众的接待");
            assertThat(trainer.get("/trainer/versions.xhtml?module=" + id)
                            .getElementById("versions")
                            .asNormalizedText())
                    .as("the published version stays")
                    .contains("v1");
        }
    }

    @Test
    void uploadsThatAreEmptyOrUnsupportedAreRefusedWithAReason() throws IOException {
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("拒收培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage exe = DraftPages.upload(trainer, dir, "virus.exe", new byte[] {'M', 'Z', 0, 1});
            assertThat(exe.getElementById("messages").asNormalizedText()).contains("不支持的文件类型");
            HtmlPage empty = DraftPages.upload(trainer, dir, "empty.txt", new byte[0]);
            assertThat(empty.getElementById("messages").asNormalizedText()).contains("没有可转换的文字");
        }
    }

    @Test
    void aSecondSaveOnAStaleCopyIsRefusedAndKeepsBothTexts() {
        try (Browser first = new Browser(server);
                Browser second = new Browser(server)) {
            first.login(fixtures.user("甲培训师", null, "TRAINER"), Fixtures.PASSWORD);
            second.login(fixtures.user("乙培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage created = DraftPages.paste(first, "一、热情接待\n群众来了要起身让座。\n二、耐心倾听\n让群众把话说完。\n");
            String draftUrl = created.getUrl().getFile();

            HtmlPage mine = first.get(draftUrl);
            HtmlPage theirs = second.get(draftUrl);
            HtmlTextArea myArea = mine.getHtmlElementById("edit:markdown");
            myArea.setText(myArea.getText() + "\n甲补充的一段。\n");
            HtmlPage saved = first.click(mine.getHtmlElementById("edit:save"));
            assertThat(saved.getElementById("messages").asNormalizedText()).contains("草稿已保存");

            HtmlTextArea theirArea = theirs.getHtmlElementById("edit:markdown");
            theirArea.setText(theirArea.getText() + "\n乙补充的一段。\n");
            HtmlPage refused = second.click(theirs.getHtmlElementById("edit:save"));
            assertThat(refused.getElementById("messages").asNormalizedText()).contains("保存了这份草稿");
            assertThat(refused.<HtmlTextArea>getHtmlElementById("edit:markdown").getText())
                    .contains("乙补充的一段");
            assertThat(refused.getElementById("conflictText").asNormalizedText())
                    .contains("甲补充的一段");

            HtmlPage reloaded = first.get(draftUrl);
            assertThat(reloaded.<HtmlTextArea>getHtmlElementById("edit:markdown")
                            .getText())
                    .contains("甲补充的一段")
                    .doesNotContain("乙补充的一段");
        }
    }

    @Test
    void editingAPublishedModuleMakesANewVersionWithADiffAndADownload() throws IOException {
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("版本培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage desk = trainer.get("/trainer/drafts.xhtml");
            HtmlPage editor = trainer.click(desk.querySelector("#mod-quality-innovation .edit"));
            HtmlTextArea area = editor.getHtmlElementById("edit:markdown");
            area.setText(area.getText() + "\n\n## 新增练习 {#extra-practice}\n\n请写出三种创新做法。\n");
            HtmlPage published = trainer.click(editor.getHtmlElementById("edit:publish"));
            assertThat(published.getElementById("messages").asNormalizedText()).contains("第 2 版");

            // Without a choice the page compares the two latest versions, inserted text marked as such.
            HtmlPage diff = trainer.get("/trainer/versions.xhtml?module=quality-innovation");
            assertThat(diff.querySelectorAll("#diff ins"))
                    .extracting(DomNode::asNormalizedText)
                    .anySatisfy(t -> assertThat(t).contains("## 新增练习 {#extra-practice}"));
            assertThat(diff.getElementById("diff").asNormalizedText()).contains("未改动的");
            assertThat(diff.<HtmlRadioButtonInput>getHtmlElementById("from-1").isChecked())
                    .isTrue();
            assertThat(diff.<HtmlRadioButtonInput>getHtmlElementById("to-2").isChecked())
                    .isTrue();
            Page download =
                    trainer.client().getPage(server.url("/trainer/download?module=quality-innovation&version=2"));
            assertThat(download.getWebResponse().getContentAsString(StandardCharsets.UTF_8))
                    .startsWith("---")
                    .contains("{#extra-practice}");
            assertThat(download.getWebResponse().getResponseHeaderValue("Content-Disposition"))
                    .as("named as content/ names its files")
                    .contains("filename=\"08-quality-innovation.md\"");
        }
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("新版学员", null, "OFFICER"), Fixtures.PASSWORD);
            assertThat(officer.get("/learn/module.xhtml?id=quality-innovation")
                            .getElementById("toc")
                            .asNormalizedText())
                    .contains("新增练习");
        }
    }

    @Test
    void publishingOverANewerVersionIsRefusedAndKeepsTheText() {
        try (Browser first = new Browser(server);
                Browser second = new Browser(server)) {
            first.login(fixtures.user("先发培训师", null, "TRAINER"), Fixtures.PASSWORD);
            second.login(fixtures.user("后发培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage mine =
                    first.click(first.get("/trainer/drafts.xhtml").querySelector("#mod-quality-pragmatic-style .edit"));
            HtmlPage theirs = second.click(
                    second.get("/trainer/drafts.xhtml").querySelector("#mod-quality-pragmatic-style .edit"));

            HtmlTextArea myArea = mine.getHtmlElementById("edit:markdown");
            myArea.setText(myArea.getText() + "\n\n甲发布的补充。\n");
            assertThat(first.click(mine.getHtmlElementById("edit:publish"))
                            .getElementById("messages")
                            .asNormalizedText())
                    .contains("已发布为第");

            HtmlTextArea theirArea = theirs.getHtmlElementById("edit:markdown");
            theirArea.setText(theirArea.getText() + "\n\n乙想发布的补充。\n");
            HtmlPage refused = second.click(theirs.getHtmlElementById("edit:publish"));
            assertThat(refused.getElementById("messages").asNormalizedText()).contains("已有人发布");
            assertThat(refused.<HtmlTextArea>getHtmlElementById("edit:markdown").getText())
                    .contains("乙想发布的补充");
            assertThat(refused.getElementById("conflictText").asNormalizedText())
                    .contains("甲发布的补充");
        }
    }
}
