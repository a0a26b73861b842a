package academy.xinfang.quiz.application;

import academy.xinfang.content.domain.MarkdownLimitException;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.quiz.domain.BankParseResult;
import academy.xinfang.quiz.domain.BankVersion;
import academy.xinfang.quiz.domain.GiftParser;
import academy.xinfang.quiz.domain.Question;
import academy.xinfang.quiz.domain.QuizSettingsParser;
import academy.xinfang.quiz.persistence.QuizRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Parsed and rendered bank versions by version id. A version never changes after import, so an entry never goes
 * stale and each node of a cluster keeps its own copy; which version is online is always read from the database.
 */
@ApplicationScoped
public class QuizCatalog {
    private static final Logger LOG = Logger.getLogger(QuizCatalog.class.getName());
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private final Map<Long, ParsedBank> byVersion = new ConcurrentHashMap<>();

    @Inject
    QuizRepository repository;

    public ParsedBank version(long versionId) {
        ParsedBank cached = byVersion.get(versionId);
        if (cached == null) {
            BankVersion v =
                    repository.version(versionId).orElseThrow(() -> new QuizException("quiz.notFound", versionId));
            cached = parse(v);
            byVersion.put(versionId, cached);
        }
        return cached;
    }

    /** The banks online, in key order. */
    public Map<String, ParsedBank> current() {
        Map<String, ParsedBank> banks = new LinkedHashMap<>();
        for (Object[] row : repository.currentVersionIds()) {
            banks.put((String) row[0], version((Long) row[1]));
        }
        return banks;
    }

    public Optional<ParsedBank> current(String key) {
        return repository.findBank(key).map(b -> b.getCurrentVersion()).map(v -> version(v.getId()));
    }

    static ParsedBank parse(BankVersion v) {
        String key = v.getBank().getKey();
        // without the parser's Markdown check: rendering each text below is that check
        BankParseResult parsed = GiftParser.parse(v.getSourceFile(), v.getGift());
        var settings = QuizSettingsParser.parse(v.getSourceFile(), v.getGift(), key, null)
                .settings();
        return ParsedBank.of(
                v.getId(),
                key,
                v.getVersionNo(),
                settings,
                parsed.questions(),
                (question, part, markdown) -> render(v, question, part, markdown));
    }

    /**
     * One text rendered on its own, so that a text that cannot be shown (stored before the Markdown limits were
     * checked at import) costs its question a notice instead of costing every quiz page its answer. Logged once per
     * version and node, since the result is cached.
     */
    private static Optional<String> render(BankVersion v, Question question, String part, String markdown) {
        String reason;
        try {
            return Optional.of(RENDERER.render(markdown));
        } catch (MarkdownLimitException e) {
            reason = e.violation().key() + " line=" + e.violation().line();
        } catch (RuntimeException | StackOverflowError e) {
            reason = e.getClass().getName();
        }
        String why = reason;
        LOG.warning(() -> "event=quiz.unrenderable bank=" + v.getBank().getKey() + " version=" + v.getVersionNo()
                + " file=" + v.getSourceFile() + " question=" + question.name() + " line=" + question.line() + " part="
                + part + " reason=" + why);
        return Optional.empty();
    }
}
