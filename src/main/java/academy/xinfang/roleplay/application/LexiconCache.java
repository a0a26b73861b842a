package academy.xinfang.roleplay.application;

import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.roleplay.domain.Lexicon;
import academy.xinfang.roleplay.domain.LexiconLoader;
import academy.xinfang.roleplay.domain.ReplyScorer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reply scorer built from the lexicon folder ({@code academy.lexicons.dir}, by default {@code lexicons} inside
 * {@code academy.quizzes.dir}), read on first use. A broken lexicon file is logged ({@code event=roleplay.lexiconProblem})
 * and left out, so the others still score; with no lexicon at all, typed replies are refused.
 */
@ApplicationScoped
public class LexiconCache {
    private static final Logger LOG = Logger.getLogger(LexiconCache.class.getName());

    @Inject
    @ConfigProperty(name = "academy.quizzes.dir", defaultValue = "quizzes")
    String quizzesDir;

    @Inject
    @ConfigProperty(name = "academy.lexicons.dir")
    Optional<String> lexiconsDir;

    private volatile ReplyScorer scorer;

    public ReplyScorer scorer() {
        ReplyScorer s = scorer;
        if (s == null) {
            synchronized (this) {
                if (scorer == null) {
                    scorer = load(lexiconsDir
                            .filter(d -> !d.isBlank())
                            .map(Path::of)
                            .orElse(Path.of(quizzesDir, "lexicons")));
                }
                s = scorer;
            }
        }
        return s;
    }

    static ReplyScorer load(Path folder) {
        FileSet.Read read = ScenarioSource.FILES.read(folder);
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        List<Lexicon> lexicons = new ArrayList<>();
        for (SourceFolder.SourceFile f : read.files()) {
            LexiconLoader.Result r = LexiconLoader.load(f.name(), f.text());
            r.lexicon().ifPresent(lexicons::add);
            problems.addAll(r.problems());
        }
        problems.forEach(p -> LOG.warning("event=roleplay.lexiconProblem " + p));
        if (lexicons.isEmpty()) {
            throw new RolePlayException("roleplay.noLexicons");
        }
        LOG.info("event=roleplay.lexicons folder=" + folder.toAbsolutePath() + " count=" + lexicons.size());
        return new ReplyScorer(lexicons);
    }
}
