package academy.xinfang.progress.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.persistence.PeopleRepository;
import academy.xinfang.content.application.ReadingResults;
import academy.xinfang.content.persistence.ReadingResultRepository;
import academy.xinfang.progress.persistence.AssignmentRepository;
import academy.xinfang.progress.persistence.CohortRepository;
import academy.xinfang.progress.persistence.CourseRepository;
import academy.xinfang.quiz.application.QuizResults;
import academy.xinfang.quiz.persistence.QuizResultRepository;
import academy.xinfang.roleplay.application.RolePlayResults;
import academy.xinfang.roleplay.persistence.RolePlayResultRepository;
import jakarta.persistence.EntityManager;
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

    public static InsightsService insightsService(EntityManager em) {
        InsightsService service = new InsightsService();
        service.people = people(em);
        service.rolePlays = rolePlays(em);
        service.quizResults = quizzes(em);
        return service;
    }
}
