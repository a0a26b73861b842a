package academy.xinfang.quiz.application;

import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.quiz.domain.BankParseResult;
import academy.xinfang.quiz.domain.BankVersion;
import academy.xinfang.quiz.domain.GiftParser;
import academy.xinfang.quiz.domain.QuizSettingsParser;
import academy.xinfang.quiz.persistence.QuizRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed and rendered bank versions by version id. A version never changes after import, so an entry never goes
 * stale and each node of a cluster keeps its own copy; which version is online is always read from the database.
 */
@ApplicationScoped
public class QuizCatalog {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private final Map<Long, ParsedBank> byVersion = new ConcurrentHashMap<>();

    @Inject
    QuizRepository repository;

    public ParsedBank version(long versionId) {
        ParsedBank cached = byVersion.get(versionId);
        if (cached == null) {
            BankVersion v = repository.version(versionId)
                    .orElseThrow(() -> new QuizException("quiz.notFound", versionId));
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
        BankParseResult parsed = GiftParser.parse(v.getSourceFile(), v.getGift());
        var settings = QuizSettingsParser.parse(v.getSourceFile(), v.getGift(), key, null).settings();
        return ParsedBank.of(v.getId(), key, v.getVersionNo(), settings, parsed.questions(), RENDERER::render);
    }
}
