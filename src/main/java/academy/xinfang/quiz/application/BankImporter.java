package academy.xinfang.quiz.application;

import academy.xinfang.content.domain.MarkdownLimitException;
import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.platform.ContentHash;
import academy.xinfang.platform.ControlCharacters;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.Importer;
import academy.xinfang.quiz.domain.BankFiles;
import academy.xinfang.quiz.domain.BankParseResult;
import academy.xinfang.quiz.domain.BankVersion;
import academy.xinfang.quiz.domain.GiftParser;
import academy.xinfang.quiz.domain.QuestionBank;
import academy.xinfang.quiz.domain.QuizSettingsParser;
import academy.xinfang.quiz.persistence.QuizRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quiz feature's steps of the {@link Importer import pipeline}, for the quizzes folder and for uploads alike: a
 * text imported before (any version) changes nothing, so a version a trainer uploaded survives restarts until the file
 * itself changes; a new text becomes the next version; a text with any problem (a broken question, a bad setting, no
 * question at all) is refused with its problems and the version online stays, so a half-read bank never replaces a
 * good one. Every Markdown text of a bank text not stored yet is rendered before it is stored, and one that cannot be
 * shown is a problem at its file line. Runs in the caller's transaction.
 */
public class BankImporter implements Importer<BankImporter.Checked> {
    public enum Outcome {
        ADDED,
        UPDATED,
        UNCHANGED,
        REFUSED
    }

    /**
     * {@code settingsKept}: the text had no {@code // @quiz:} line, so the settings lines of the version it replaces
     * were put at its top (a bank coming back from Moodle, which drops them).
     */
    public record Result(
            String file,
            String bankKey,
            Outcome outcome,
            int questions,
            List<ImportProblem> problems,
            boolean settingsKept) {
        public Result {
            problems = List.copyOf(problems);
        }

        public Result(String file, String bankKey, Outcome outcome, int questions, List<ImportProblem> problems) {
            this(file, bankKey, outcome, questions, problems, false);
        }
    }

    /** A bank text without a problem, ready to be stored. */
    public record Checked(String file, String bankKey, String text, int questions, String createdBy) {}

    private record Examined(Checked bank, int questions, List<ImportProblem> problems, boolean settingsKept) {}

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private final QuizRepository repository;
    private final Clock clock;

    public BankImporter(QuizRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Imports one uploaded text as the bank {@code bankKey}. */
    public Result importText(String file, String bankKey, String text, String createdBy, Instant now) {
        Examined examined = examine(file, bankKey, text, createdBy);
        if (!examined.problems().isEmpty()) {
            return new Result(
                    file, bankKey, Outcome.REFUSED, examined.questions(), examined.problems(), examined.settingsKept());
        }
        Stored stored = store(examined.bank(), now);
        return new Result(
                file,
                bankKey,
                Outcome.valueOf(stored.name()),
                examined.questions(),
                List.of(),
                examined.settingsKept());
    }

    /** A file of the quizzes folder: the bank its name gives ({@code 09-six-taboos.gift}), stored by nobody. */
    @Override
    public Parsed<Checked> parse(SourceFolder.SourceFile file) {
        Optional<String> key = BankFiles.keyOf(file.name());
        if (key.isEmpty()) {
            return Parsed.refused(List.of(ImportProblem.of(file.name(), 0, "quiz.badFileName", file.name())));
        }
        String text;
        try {
            text = bankText(file.name(), file.text());
        } catch (QuizException e) {
            return Parsed.refused(List.of(new ImportProblem(file.name(), 0, e.key(), List.of(e.arguments()))));
        }
        Examined examined = examine(file.name(), key.get(), text, null);
        return examined.problems().isEmpty() ? Parsed.of(examined.bank()) : Parsed.refused(examined.problems());
    }

    @Override
    public Stored store(Checked checked, Instant now) {
        String hash = ContentHash.sha256(checked.text());
        return Importer.storeIfNew(
                repository.findBank(checked.bankKey()),
                bank -> repository.hasVersionWithHash(bank, hash),
                () -> repository.add(new QuestionBank(checked.bankKey())),
                bank -> bank.publish(repository.add(new BankVersion(
                        bank,
                        repository.latestVersionNo(bank) + 1,
                        hash,
                        checked.file(),
                        checked.text(),
                        checked.questions(),
                        checked.createdBy(),
                        now))));
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /**
     * The text of a bank file without its byte order mark.
     *
     * @throws QuizException {@code quiz.binary} for text with a NUL or another {@link ControlCharacters control
     *     character}: not a bank someone wrote, refused before any of it is stored
     */
    static String bankText(String name, String text) {
        if (ControlCharacters.in(text)) {
            throw new QuizException("quiz.binary", name);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private Examined examine(String file, String bankKey, String uploaded, String createdBy) {
        Optional<QuestionBank> existing = repository.findBank(bankKey);
        String kept = settingsLines(uploaded).isEmpty()
                ? existing.map(QuestionBank::getCurrentVersion)
                        .map(v -> settingsLines(v.getGift()))
                        .orElse("")
                : "";
        String text = kept + uploaded;
        // a text stored already is rendered where it is shown, so only a new text is rendered here
        boolean stored =
                existing.isPresent() && repository.hasVersionWithHash(existing.get(), ContentHash.sha256(text));
        // the questions are read from the text as given, so that problems name the lines of the trainer's file
        BankParseResult parsed = stored
                ? GiftParser.parse(file, uploaded)
                : GiftParser.parse(file, uploaded, BankImporter::renderingProblem);
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(QuizSettingsParser.parse(file, text, bankKey, null).problems());
        if (parsed.questions().isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(file, 0, "quiz.emptyBank", List.of()));
        }
        int questions = parsed.questions().size();
        return new Examined(
                new Checked(file, bankKey, text, questions, createdBy), questions, problems, !kept.isEmpty());
    }

    /**
     * The {@code // @quiz:} lines of a bank text, each with its line break, as they stand. A bank that comes back
     * without them (Moodle drops every comment but its own) takes those of the version it replaces, so that its quiz
     * keeps its title, draw, time and pass mark instead of falling back to the defaults.
     */
    static String settingsLines(String text) {
        StringBuilder lines = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String s = line.strip();
            if (s.startsWith("//") && s.substring(2).strip().startsWith(QuizSettingsParser.PREFIX)) {
                lines.append(s).append('\n');
            }
        }
        return lines.toString();
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
