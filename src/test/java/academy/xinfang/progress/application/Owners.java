package academy.xinfang.progress.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.persistence.PeopleRepository;
import academy.xinfang.content.application.ModuleImporter;
import academy.xinfang.content.application.ModuleSource;
import academy.xinfang.content.application.ReadingResults;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.persistence.ModuleRepository;
import academy.xinfang.content.persistence.ReadingResultRepository;
import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.progress.persistence.AssignmentRepository;
import academy.xinfang.progress.persistence.CohortRepository;
import academy.xinfang.progress.persistence.CourseRepository;
import academy.xinfang.quiz.application.BankImporter;
import academy.xinfang.quiz.application.BankSource;
import academy.xinfang.quiz.application.QuizResults;
import academy.xinfang.quiz.persistence.QuizRepository;
import academy.xinfang.quiz.persistence.QuizResultRepository;
import academy.xinfang.roleplay.application.RolePlayResults;
import academy.xinfang.roleplay.application.ScenarioImporter;
import academy.xinfang.roleplay.application.ScenarioSource;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.roleplay.persistence.RolePlayResultRepository;
import academy.xinfang.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;

/** The progress services wired by hand on one entity manager, with the other features' result classes they ask. */
public final class Owners {
    private Owners() {}

    public static People people(EntityManager em) {
        return new People(new PeopleRepository(em));
    }

    public static ReadingResults reading(EntityManager em) {
        return new ReadingResults(new ReadingResultRepository(em));
    }

    public static QuizResults quizzes(EntityManager em) {
        return new QuizResults(new QuizResultRepository(em));
    }

    public static RolePlayResults rolePlays(EntityManager em) {
        return new RolePlayResults(new RolePlayResultRepository(em));
    }

    public static CourseItems courseItems(EntityManager em) {
        return new CourseItems(reading(em), quizzes(em), rolePlays(em));
    }

    /** An importer that checks references against the content online in this database. */
    public static CourseImporter courseImporter(EntityManager em, Clock clock) {
        return new CourseImporter(new CourseRepository(em), courseItems(em)::knownContent, clock);
    }

    public static ReportService reportService(EntityManager em, CourseCache cache, Clock clock) {
        ReportService service = new ReportService();
        service.cache = cache;
        service.clock = clock;
        service.courses = new CourseRepository(em);
        service.cohorts = new CohortRepository(em);
        service.assignmentRepository = new AssignmentRepository(em);
        service.people = people(em);
        service.reading = reading(em);
        service.quizzes = quizzes(em);
        service.rolePlays = rolePlays(em);
        return service;
    }

    /** Only for the methods that do not ask who the caller is (lists). */
    public static AssignmentService assignmentService(EntityManager em) {
        AssignmentService service = new AssignmentService();
        service.courses = new CourseRepository(em);
        service.cohorts = new CohortRepository(em);
        service.assignments = new AssignmentRepository(em);
        service.people = people(em);
        return service;
    }

    /** The real modules, banks and scenarios, online as at startup, so course references can be checked. */
    public static void importShippedContent(TestDatabase db, Clock clock) throws Exception {
        FileSet.Read modules = ModuleSource.FILES.read(Path.of("content"));
        db.apply(em -> new ModuleImporter(new ModuleRepository(em), new MarkdownRenderer(), clock)
                .importAll(modules.files(), modules.problems()));
        FileSet.Read banks = BankSource.FILES.read(Path.of("quizzes"));
        db.apply(em -> new BankImporter(new QuizRepository(em), clock).importAll(banks.files(), banks.problems()));
        FileSet.Read scenarios = ScenarioSource.FILES.read(Path.of("quizzes", "scenarios"));
        db.apply(em -> new ScenarioImporter(new RolePlayRepository(em), clock)
                .importAll(scenarios.files(), scenarios.problems()));
    }
}
