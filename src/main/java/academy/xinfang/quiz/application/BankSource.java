package academy.xinfang.quiz.application;

import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.platform.importing.ImportSource;
import academy.xinfang.platform.importing.Importer;
import academy.xinfang.quiz.persistence.QuizRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The quizzes folder ({@code academy.quizzes.dir}) for the import pipeline: every {@code *.gift}, imported after the
 * modules. A file beyond {@link #MAX_FILE_BYTES} is refused (twice the upload limit).
 */
@ApplicationScoped
public class BankSource extends ImportSource {
    public static final long MAX_FILE_BYTES = 2L * BankService.MAX_UPLOAD_BYTES;
    public static final FileSet FILES = new FileSet("quiz", ".gift", MAX_FILE_BYTES);
    public static final String KIND = FILES.messages();

    @Inject
    QuizRepository repository;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "academy.quizzes.dir", defaultValue = "quizzes")
    String quizzesDir;

    public BankSource() {
        super(FILES, BANKS);
    }

    @Override
    public Path folder() {
        return Path.of(quizzesDir);
    }

    @Override
    public Importer<?> importer() {
        return new BankImporter(repository, clock);
    }
}
