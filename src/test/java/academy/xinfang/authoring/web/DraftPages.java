package academy.xinfang.authoring.web;

import academy.xinfang.testing.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;

/** What authoring server tests do on the trainers' drafts page: turn an uploaded file or pasted text into a draft. */
final class DraftPages {
    private DraftPages() {}

    /** Uploads {@code content} as a file named {@code name} (written into {@code dir}); returns the page after it. */
    static HtmlPage upload(Browser trainer, Path dir, String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        HtmlPage page = trainer.get("/trainer/drafts.xhtml");
        page.<HtmlFileInput>getHtmlElementById("convert:file").setFiles(file.toFile());
        return trainer.click(page.getHtmlElementById("convert:go"));
    }

    /** Converts pasted text; returns the page after it (the new draft's editor when it worked). */
    static HtmlPage paste(Browser trainer, String text) {
        HtmlPage page = trainer.get("/trainer/drafts.xhtml");
        page.<HtmlTextArea>getHtmlElementById("convert:pasted").setText(text);
        return trainer.click(page.getHtmlElementById("convert:go"));
    }
}
