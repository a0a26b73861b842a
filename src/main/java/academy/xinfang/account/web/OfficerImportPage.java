package academy.xinfang.account.web;

import academy.xinfang.account.application.UserService;
import academy.xinfang.account.domain.OfficerCsv;
import academy.xinfang.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** Upload a CSV of officers; shows each refused line with its reason, or how many were imported. */
@Named
@ViewScoped
public class OfficerImportPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private transient Part file;
    private List<LineMessage> problems = List.of();

    public record LineMessage(int line, String text) implements Serializable {}

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            problems = List.of(new LineMessage(0, Messages.text("csv.empty")));
            return;
        }
        if (file.getSize() > OfficerCsv.MAX_BYTES) {
            problems = List.of(new LineMessage(0, Messages.text("csv.tooLarge", OfficerCsv.MAX_BYTES / 1024 / 1024)));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        OfficerCsv.Result result = users.importOfficers(bytes);
        problems = result.errors().stream()
                .map(e -> new LineMessage(
                        e.line(), Messages.text(e.key(), e.arguments().toArray())))
                .toList();
        if (result.ok()) {
            Messages.info("csv.imported", result.rows().size());
        } else {
            Messages.error("csv.refused", problems.size());
        }
    }

    public List<LineMessage> getProblems() {
        return problems;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
