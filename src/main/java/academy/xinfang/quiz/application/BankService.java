package academy.xinfang.quiz.application;

import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import academy.xinfang.quiz.domain.AikenParser;
import academy.xinfang.quiz.domain.AikenWriter;
import academy.xinfang.quiz.domain.BankFiles;
import academy.xinfang.quiz.domain.BankParseResult;
import academy.xinfang.quiz.domain.BankVersion;
import academy.xinfang.quiz.domain.GiftWriter;
import academy.xinfang.quiz.domain.QuestionType;
import academy.xinfang.quiz.domain.QuizSettingsWriter;
import academy.xinfang.quiz.persistence.QuizRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Question banks in and out: uploads and downloads of GIFT and Aiken files by trainers. An upload goes through the
 * same importer as the quizzes/ folder ({@link BankSource}), so the same checks refuse a broken file.
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class BankService {
    private static final Logger LOG = Logger.getLogger(BankService.class.getName());
    public static final int MAX_UPLOAD_BYTES = 512 * 1024;

    public enum Format {
        GIFT,
        AIKEN
    }

    /** {@code unrenderable}: names of questions with a text that cannot be shown, for the trainer to fix. */
    public record BankRow(
            String key,
            String title,
            int versionNo,
            int questions,
            String sourceFile,
            String createdBy,
            Instant createdAt,
            List<String> unrenderable)
            implements Serializable {
        public BankRow {
            unrenderable = List.copyOf(unrenderable);
        }

        public String unrenderableNames() {
            return String.join(", ", unrenderable);
        }
    }

    @Inject
    QuizRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    QuizCatalog catalog;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<BankRow> banks() {
        List<BankRow> rows = new ArrayList<>();
        for (ParsedBank b : catalog.current().values()) {
            BankVersion v = repository.version(b.versionId()).orElseThrow();
            rows.add(new BankRow(
                    b.bankKey(),
                    b.settings().title(),
                    v.getVersionNo(),
                    v.getQuestionCount(),
                    v.getSourceFile(),
                    v.getCreatedBy(),
                    v.getCreatedAt(),
                    b.unrenderable()));
        }
        return rows;
    }

    /**
     * Imports an uploaded file as the next version of the bank its name gives ({@code 09-six-taboos.gift} or
     * {@code six-taboos.txt}). Aiken files are converted to GIFT first, so every version is stored alike.
     */
    public BankImporter.Result upload(String fileName, byte[] bytes, Format format) {
        String name = fileName == null ? "" : Path.of(fileName).getFileName().toString();
        String key = BankFiles.keyOf(name).orElseThrow(() -> new QuizException("quiz.badFileName", name));
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw new QuizException("quiz.tooLarge", MAX_UPLOAD_BYTES / 1024);
        }
        String text;
        try {
            text = text(name, bytes);
        } catch (CharacterCodingException e) {
            throw new QuizException("quiz.notUtf8", name);
        }
        if (format == Format.AIKEN) {
            BankParseResult aiken = AikenParser.parse(name, text);
            if (!aiken.isClean()) {
                return new BankImporter.Result(
                        name,
                        key,
                        BankImporter.Outcome.REFUSED,
                        aiken.questions().size(),
                        aiken.problems());
            }
            text = GiftWriter.write(aiken.questions());
        }
        String user = session.getCallerPrincipal().getName();
        BankImporter.Result result =
                new BankImporter(repository, clock).importText(name, key, text, user, clock.instant());
        LOG.info(() -> "event=quiz.uploaded by=" + user + " file=" + name + " outcome=" + result.outcome());
        audit.record(
                user,
                AuditAction.BANK_UPLOADED,
                key,
                name + " " + result.outcome() + " questions=" + result.questions());
        return result;
    }

    /**
     * The bank online as a file: GIFT keeps questions and settings, with ordering questions in the {@code flavour}'s
     * syntax (Moodle's native ordering type, or matching on positions for any GIFT reader); Aiken only single-choice
     * and case questions.
     */
    public String export(String key, Format format, GiftWriter.Flavour flavour) {
        ParsedBank bank = catalog.current(key).orElseThrow(() -> new QuizException("quiz.notFound", key));
        if (format == Format.GIFT) {
            return QuizSettingsWriter.write(bank.settings()) + GiftWriter.write(bank.questions(), flavour);
        }
        return AikenWriter.write(bank.questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.CASE)
                .toList());
    }

    /** The text of a bank file: UTF-8, see {@link BankImporter#bankText}. */
    private static String text(String name, byte[] bytes) throws CharacterCodingException {
        return BankImporter.bankText(
                name,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString());
    }
}
