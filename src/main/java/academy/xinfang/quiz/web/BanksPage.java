package academy.xinfang.quiz.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.quiz.application.BankImporter;
import academy.xinfang.quiz.application.BankService;
import academy.xinfang.quiz.application.QuizException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** Trainers' list of question banks, with upload of GIFT or Aiken files and links to export and analysis. */
@Named
@ViewScoped
public class BanksPage implements Serializable {
    private static final long serialVersionUID = 1L;

    public record ProblemLine(String file, int line, String text) implements Serializable {}

    @Inject
    BankService banks;

    private transient Part file;
    private BankService.Format format = BankService.Format.GIFT;
    private List<BankService.BankRow> rows;
    private List<ProblemLine> problems = List.of();

    /** View action. */
    public void load() {
        rows = banks.banks();
    }

    public List<BankService.BankRow> getRows() {
        return rows;
    }

    public void upload() throws IOException {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.error("quiz.emptyUpload");
            return;
        }
        if (file.getSize() > BankService.MAX_UPLOAD_BYTES) {
            Messages.error("quiz.tooLarge", BankService.MAX_UPLOAD_BYTES / 1024);
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            BankImporter.Result result = banks.upload(file.getSubmittedFileName(), bytes, format);
            problems = result.problems().stream()
                    .map(p -> new ProblemLine(
                            p.file(),
                            p.line(),
                            Messages.text(p.key(), p.arguments().toArray())))
                    .toList();
            if (result.outcome() == BankImporter.Outcome.REFUSED) {
                Messages.error("quiz.uploadRefused", result.file(), problems.size());
            } else {
                String key = switch (result.outcome()) {
                    case ADDED -> "quiz.uploaded.ADDED";
                    case UPDATED -> "quiz.uploaded.UPDATED";
                    default -> "quiz.uploaded.UNCHANGED";
                };
                Messages.info(key, result.bankKey(), result.questions());
                if (result.settingsKept()) {
                    Messages.info("quiz.settingsKept", result.bankKey());
                }
            }
            rows = banks.banks();
        } catch (QuizException e) {
            Messages.error(e);
        }
    }

    public BankService.Format[] getFormats() {
        return BankService.Format.values();
    }

    public List<ProblemLine> getProblems() {
        return problems;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public BankService.Format getFormat() {
        return format;
    }

    public void setFormat(BankService.Format format) {
        this.format = format;
    }
}
