package academy.xinfang.progress.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.application.UserDirectory;
import academy.xinfang.content.application.ReaderService;
import academy.xinfang.platform.paths.LearningPaths;
import academy.xinfang.progress.domain.Assigned;
import academy.xinfang.progress.domain.Assignment;
import academy.xinfang.progress.domain.AssignmentScope;
import academy.xinfang.progress.domain.Certificate;
import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseAssignment;
import academy.xinfang.progress.domain.CourseItem;
import academy.xinfang.progress.domain.CourseProgress;
import academy.xinfang.progress.domain.CourseState;
import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.domain.ItemFact;
import academy.xinfang.progress.domain.ItemKey;
import academy.xinfang.progress.domain.ItemProgress;
import academy.xinfang.progress.domain.ItemType;
import academy.xinfang.progress.domain.Member;
import academy.xinfang.progress.domain.VerificationCode;
import academy.xinfang.progress.persistence.AssignmentRepository;
import academy.xinfang.progress.persistence.CohortRepository;
import academy.xinfang.progress.persistence.CourseRepository;
import academy.xinfang.quiz.application.QuizCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "My courses": the courses assigned to the signed-in officer and their progress on each. Who is reached is decided by
 * {@link AssignmentScope} on the assignments a query found for the officer's department chain, cohorts and name;
 * several assignments of one course merge (earliest start, earliest deadline). Progress is computed by
 * {@link CourseProgress} from facts read with a few aggregate queries for all courses at once. The caller only ever
 * sees their own progress: no user id is taken from the request.
 */
@Stateless
public class MyCoursesService {
    @Inject
    CourseRepository courseVersions;

    @Inject
    CohortRepository cohortRepository;

    @Inject
    AssignmentRepository assignmentRepository;

    @Inject
    People people;

    @Inject
    CourseItems items;

    @Inject
    CourseCache cache;

    @Inject
    CertificateIssuer certificates;

    @Inject
    QuizCatalog quizzes;

    @Inject
    ReaderService reader;

    @Inject
    Clock clock;

    @Inject
    UserDirectory users;

    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public List<CourseCard> myCourses() {
        return coursesOf(users.callerId());
    }

    /**
     * The caller's learning paths: assigned courses in the order of "my courses", then every other course online by
     * key. No facts are read: a path is only the order of items.
     */
    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public List<LearningPaths.Path> myPaths() {
        Map<String, Course> mine = assignedCourses(assignedTo(users.callerId()));
        Map<ItemKey, String> titles = items.titles();
        List<LearningPaths.Path> paths = new ArrayList<>();
        mine.values().forEach(c -> paths.add(path(c, true, titles)));
        for (CourseVersion v : courseVersions.currentVersions()) {
            if (!mine.containsKey(v.getCourse().getKey())) {
                paths.add(path(cache.get(v), false, titles));
            }
        }
        return paths;
    }

    private LearningPaths.Path path(Course course, boolean assigned, Map<ItemKey, String> titles) {
        return new LearningPaths.Path(
                course.key(),
                course.titleZh(),
                assigned,
                course.items().stream()
                        .map(i -> new LearningPaths.Step(i.type().fileName(), i.ref(), title(i, titles), href(i)))
                        .toList());
    }

    private List<Assigned> assignedTo(long userId) {
        Optional<Long> department = people.departmentOf(userId);
        List<AssignmentScope.Link> chain = department.map(people::departmentChain).orElse(List.of()).stream()
                .map(d -> new AssignmentScope.Link(d.id(), d.parentId()))
                .toList();
        Set<Long> cohorts = cohortRepository.cohortsOf(userId);
        List<Long> departments = chain.stream().map(AssignmentScope.Link::id).toList();
        List<Assignment> assignments = assignmentRepository.assignmentsReaching(userId, departments, cohorts).stream()
                .map(CourseAssignment::toDomain)
                .toList();
        Member me = new Member(
                userId,
                department.orElse(-1L),
                cohorts.stream().map(String::valueOf).collect(Collectors.toSet()));
        return new AssignmentScope(chain).assigned(assignments, List.of(me));
    }

    /** The courses online among the assigned ones, by key, in the order of the assignments. */
    private Map<String, Course> assignedCourses(List<Assigned> assigned) {
        Map<String, Course> courses = new LinkedHashMap<>();
        for (Assigned a : assigned) {
            courseVersions.currentVersion(a.courseKey()).ifPresent(v -> courses.put(a.courseKey(), cache.get(v)));
        }
        return courses;
    }

    private List<CourseCard> coursesOf(long userId) {
        List<Assigned> assigned = assignedTo(userId);
        Map<String, Course> courses = assignedCourses(assigned);
        List<ItemKey> keys = new ArrayList<>();
        courses.values().forEach(course -> course.items().forEach(i -> keys.add(i.key())));
        Map<ItemKey, ItemFact> facts = keys.isEmpty() ? Map.of() : items.facts(userId, keys);
        Map<ItemKey, String> titles = items.titles();
        Map<String, Integer> minutesLeft = reader.minutesLeft(keys.stream()
                .filter(k -> k.type() == ItemType.MODULE)
                .map(ItemKey::ref)
                .toList());
        List<CourseCard> cards = new ArrayList<>();
        for (Assigned a : assigned) {
            Course course = courses.get(a.courseKey());
            if (course == null) {
                continue; // a course no longer online: nothing to follow
            }
            Map<ItemKey, ItemFact> mine = new HashMap<>();
            course.items().forEach(i -> Optional.ofNullable(facts.get(i.key())).ifPresent(f -> mine.put(i.key(), f)));
            CourseProgress progress = CourseProgress.of(course, mine, a.deadline(), clock);
            List<CourseCard.ItemView> items = progress.items().stream()
                    .map(p -> view(p, titles, minutesLeft))
                    .toList();
            CourseCard.ItemView next = progress.next()
                    .flatMap(n -> items.stream()
                            .filter(i -> i.type().equals(n.type().fileName())
                                    && i.ref().equals(n.ref()))
                            .findFirst())
                    .orElse(null);
            Certificate certificate = progress.state() == CourseState.COMPLETED
                    ? certificates.issue(userId, course.key(), course.titleZh(), clock.instant())
                    : null;
            cards.add(new CourseCard(
                    course.key(),
                    course.titleZh(),
                    course.titleEn(),
                    course.description(),
                    progress.percentMandatoryDone(),
                    progress.state().name(),
                    ChinaDates.day(a.start()),
                    clock.instant().isBefore(a.start()),
                    ChinaDates.deadlineDay(a.deadline()),
                    progress.overdue(),
                    next,
                    items,
                    certificate == null ? null : certificate.getId(),
                    certificate == null ? null : VerificationCode.format(certificate.getCode())));
        }
        return cards;
    }

    /** The title a bank gives itself ({@code @quiz: title=…}), asked of the quiz feature; null for none. */
    private String bankTitle(String key) {
        return quizzes.current(key)
                .map(b -> b.settings().title())
                .filter(t -> t != null && !t.isBlank())
                .orElse(null);
    }

    /** What learners see for an item: its content's title, never a bare key unless nothing else exists. */
    private String title(CourseItem item, Map<ItemKey, String> titles) {
        String title = titles.get(item.key());
        if (title == null && item.type() == ItemType.QUIZ) {
            // A bank is named after the module it tests; one that tests no module (the final exam) has its own title,
            // and learners never see a bare key.
            title = titles.get(new ItemKey(ItemType.MODULE, item.ref()));
            if (title == null) {
                title = bankTitle(item.ref());
            }
        }
        return title == null ? item.ref() : title;
    }

    /** The page that opens an item, relative to the application. */
    private static String href(CourseItem item) {
        String ref = URLEncoder.encode(item.ref(), StandardCharsets.UTF_8);
        return switch (item.type()) {
            case MODULE -> "/learn/module.xhtml?id=" + ref;
            case QUIZ -> "/learn/quiz.xhtml?key=" + ref;
            case SCENARIO -> "/learn/roleplays.xhtml#scenario-" + ref;
        };
    }

    private CourseCard.ItemView view(ItemProgress p, Map<ItemKey, String> titles, Map<String, Integer> minutesLeft) {
        CourseItem item = p.item();
        String title = title(item, titles);
        String href = href(item);
        return new CourseCard.ItemView(
                item.type().fileName(),
                item.ref(),
                title,
                item.mandatory(),
                p.status().name(),
                p.overdue(),
                item.threshold(),
                href,
                item.type() == ItemType.MODULE ? minutesLeft.getOrDefault(item.ref(), 0) : 0);
    }
}
