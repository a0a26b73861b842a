package academy.xinfang.quiz.application;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.content.domain.MarkdownLimitException;
import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.platform.ContentHash;
import academy.xinfang.quiz.domain.BankParseResult;
import academy.xinfang.quiz.domain.BankVersion;
import academy.xinfang.quiz.domain.GiftParser;
import academy.xinfang.quiz.domain.QuestionBank;
import academy.xinfang.quiz.domain.QuizSettingsParser;
import academy.xinfang.quiz.persistence.QuizRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports one bank text idempotently, like module files: a text imported before (any version) changes nothing, so a
 * version a trainer uploaded survives restarts until the file itself changes; a new text becomes the next version;
 * a text with any problem (a broken question, a bad setting, no question at all) is refused with its problems and
 * the version online stays, so a half-read bank never replaces a good one. Every Markdown text of a bank text not
 * stored yet is rendered before it is stored, and one that cannot be shown is a problem at its file line. Runs in
 * the caller's transaction.
 */
public class BankImporter {
    public enum Outcome { ADDED, UPDATED, UNCHANGED, REFUSED }

    public record Result(String file, String bankKey, Outcome outcome, int questions, List<ImportProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private final QuizRepository repository;

    public BankImporter(QuizRepository repository) {
        this.repository = repository;
    }

    public Result importText(String file, String bankKey, String text, String createdBy, Instant now) {
        String hash = ContentHash.sha256(text);
        Optional<QuestionBank> existing = repository.findBank(bankKey);
        // a text stored already is rendered where it is shown, so only a new text is rendered here
        boolean stored = existing.isPresent() && repository.hasVersionWithHash(existing.get(), hash);
        BankParseResult parsed = stored ? GiftParser.parse(file, text)
                : GiftParser.parse(file, text, BankImporter::renderingProblem);
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(QuizSettingsParser.parse(file, text, bankKey, null).problems());
        if (parsed.questions().isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(file, 0, "quiz.emptyBank", List.of()));
        }
        if (!problems.isEmpty()) {
            return new Result(file, bankKey, Outcome.REFUSED, parsed.questions().size(), problems);
        }
        if (stored) {
            return new Result(file, bankKey, Outcome.UNCHANGED, parsed.questions().size(), List.of());
        }
        QuestionBank bank = existing.orElseGet(() -> repository.add(new QuestionBank(bankKey)));
        BankVersion version = repository.add(new BankVersion(bank, repository.latestVersionNo(bank) + 1, hash, file,
                text, parsed.questions().size(), createdBy, now));
        bank.publish(version);
        return new Result(file, bankKey, existing.isPresent() ? Outcome.UPDATED : Outcome.ADDED,
                parsed.questions().size(), List.of());
    }

    /** Renders the text as a quiz page will: what keeps it from being shown, if anything. */
    private static Optional<MarkdownLimits.Violation> renderingProblem(String markdown) {
        try {
            RENDERER.render(markdown);
            return Optional.empty();
        } catch (MarkdownLimitException e) {
            return Optional.of(e.violation());
        }
    }

}
