package academy.xinfang.content.web;

import academy.xinfang.content.application.ModuleSource;
import academy.xinfang.platform.web.ImportReportPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Administrators see the last import of content/ with every problem, and can import again. */
@Named
@ViewScoped
public class ContentAdminPage extends ImportReportPage {
    private static final long serialVersionUID = 1L;

    public ContentAdminPage() {
        super(ModuleSource.KIND, "content.imported");
    }
}
