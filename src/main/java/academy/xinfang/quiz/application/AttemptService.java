package academy.xinfang.quiz.application;

import academy.xinfang.account.application.UserDirectory;
import academy.xinfang.platform.paths.LearningPaths;
import academy.xinfang.quiz.application.QuizViews.AttemptRow;
import academy.xinfang.quiz.application.QuizViews.AttemptView;
import academy.xinfang.quiz.application.QuizViews.Feedback;
import academy.xinfang.quiz.application.QuizViews.Option;
import academy.xinfang.quiz.application.QuizViews.Overview;
import academy.xinfang.quiz.application.QuizViews.QuestionView;
import academy.xinfang.quiz.application.QuizViews.QuizCard;
import academy.xinfang.quiz.application.QuizViews.Review;
import academy.xinfang.quiz.application.QuizViews.ReviewItem;
import academy.xinfang.quiz.application.QuizViews.SaveResult;
import academy.xinfang.quiz.application.QuizViews.SaveStatus;
import academy.xinfang.quiz.domain.AnswerCodec;
import academy.xinfang.quiz.domain.AttemptAnswer;
import academy.xinfang.quiz.domain.FeedbackMode;
import academy.xinfang.quiz.domain.Grade;
import academy.xinfang.quiz.domain.Grader;
import academy.xinfang.quiz.domain.Question;
import academy.xinfang.quiz.domain.QuizAttempt;
import academy.xinfang.quiz.domain.QuizOrder;
import academy.xinfang.quiz.domain.QuizSettings;
import academy.xinfang.quiz.domain.ReviewMarks;
import academy.xinfang.quiz.domain.Shuffle;
import academy.xinfang.quiz.domain.TimeLimit;
import academy.xinfang.quiz.persistence.QuizRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Taking quizzes. Every method acts for the caller only (the user id never comes from the page), and an attempt of
 * someone else is refused as not found. Answers are saved one by one as they are given; the time limit is checked
 * here, on the server clock, never trusted to the browser.
 */
@Stateless
@RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
public class AttemptService {
    private static final Logger LOG = Logger.getLogger(AttemptService.class.getName());
    private static final SecureRandom SEEDS = new SecureRandom();
    /** The type of a quiz item in a course, as {@link LearningPaths} names it. */
    private static final String QUIZ_STEP = "quiz";

    @Inject
    QuizRepository repository;

    @Inject
    QuizCatalog catalog;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    @Inject
    LearningPaths paths;

    /** Seconds an answer may arrive after the deadline: the time it spent on a slow county network. */
    @Inject
    @ConfigProperty(name = "academy.quiz.grace.seconds", defaultValue = "10")
    long graceSeconds;

    public List<QuizCard> quizzes() {
        Map<String, QuizRepository.UserQuizSummary> mine = new HashMap<>();
        repository.summaries(users.callerId()).forEach(s -> mine.put(s.quizKey(), s));
        List<QuizCard> cards = new ArrayList<>();
        catalog.current().values().forEach(b -> cards.add(card(b, mine.get(b.bankKey()))));
        List<List<String>> courses = paths.ofCaller().stream()
                .map(p -> p.steps().stream()
                        .filter(s -> s.type().equals(QUIZ_STEP))
                        .map(LearningPaths.Step::ref)
                        .toList())
                .toList();
        return new QuizOrder(courses).sort(cards, QuizCard::key, QuizCard::moduleKey);
    }

    public Overview overview(String quizKey) {
        ParsedBank bank = bank(quizKey);
        long userId = users.callerId();
        List<AttemptRow> history = repository.attempts(userId, quizKey).stream()
                .map(AttemptService::row)
                .toList();
        QuizRepository.UserQuizSummary summary = repository.summaries(userId).stream()
                .filter(s -> s.quizKey().equals(quizKey))
                .findFirst()
                .orElse(null);
        Long open = history.stream()
                .filter(AttemptRow::isOpen)
                .map(AttemptRow::id)
                .findFirst()
                .orElse(null);
        boolean canStart = open != null || bank.settings().attemptsLeftAfter(history.size());
        return new Overview(card(bank, summary), history, open, canStart);
    }

    /** The open attempt of the caller, or a new one while attempts are left. */
    public long startOrResume(String quizKey) {
        ParsedBank bank = bank(quizKey);
        QuizSettings settings = bank.settings();
        long userId = users.callerId();
        Instant now = clock.instant();
        var open = repository.openAttempt(userId, quizKey);
        if (open.isPresent() && !timeLimit().isOver(open.get(), now)) {
            return open.get().getId();
        }
        open.ifPresent(a -> finish(a, now, true));
        int used = repository.attemptCount(userId, quizKey);
        if (!settings.attemptsLeftAfter(used)) {
            throw new QuizException("quiz.noAttemptsLeft", settings.maxAttempts());
        }
        long seed = SEEDS.nextLong();
        List<String> refs = AttemptDraw.draw(bank, catalog.current().values(), seed);
        Instant deadline = timeLimit().deadline(settings, now);
        QuizAttempt attempt = repository.add(
                new QuizAttempt(quizKey, userId, used + 1, seed, refs, settings.passPercent(), now, deadline));
        LOG.info(() -> "event=quiz.started quiz=" + quizKey + " attempt=" + attempt.getId() + " no=" + (used + 1));
        return attempt.getId();
    }

    /** The attempt page; an attempt whose time ran out is submitted first (then {@code submitted} is true). */
    public AttemptView attempt(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        Instant now = clock.instant();
        if (timeLimit().isOver(attempt, now)) {
            attempt = finish(attempt, now, true);
        }
        ParsedBank quiz = bank(attempt.getQuizKey());
        boolean immediate = quiz.settings().feedback() == FeedbackMode.IMMEDIATE;
        Map<Integer, AttemptAnswer> answers = answersByPosition(attemptId);
        List<QuestionView> views = new ArrayList<>();
        List<String> refs = attempt.questionRefs();
        for (int position = 0; position < refs.size(); position++) {
            Ref ref = ref(refs.get(position));
            Question q = ref.question();
            List<Integer> order = quiz.settings().shuffle() ? Shuffle.options(q, attempt.getSeed()) : identity(q);
            AttemptAnswer saved = answers.get(position);
            boolean checked = saved != null && saved.isChecked();
            views.add(new QuestionView(
                    position,
                    q.type().giftName(),
                    ref.bank().textHtml(q),
                    ref.bank().afterHtml(q),
                    options(q, order),
                    lefts(q),
                    rights(q, order),
                    saved == null ? "" : saved.getResponse(),
                    checked,
                    checked && immediate ? feedback(ref, saved.getResponse()) : null));
        }
        Long deadline =
                attempt.getDeadlineAt() == null ? null : attempt.getDeadlineAt().toEpochMilli();
        return new AttemptView(
                attemptId,
                attempt.getQuizKey(),
                quiz.settings().title(),
                attempt.getAttemptNo(),
                deadline,
                graceSeconds,
                immediate,
                attempt.isSubmitted(),
                views);
    }

    /**
     * Saves one answer. With {@code check} in immediate-feedback mode the answer becomes final and its feedback is
     * returned. Too late (after the deadline and its grace) the attempt is submitted as it stands instead.
     */
    public SaveResult save(long attemptId, int position, String response, boolean check) {
        QuizAttempt attempt = owned(attemptId);
        Instant now = clock.instant();
        if (attempt.isSubmitted()) {
            // the expiry timer may have closed it already: the officer still learns the time ran out
            return new SaveResult(attempt.isAutoSubmitted() ? SaveStatus.TIME_UP : SaveStatus.SUBMITTED, null);
        }
        if (timeLimit().isOver(attempt, now)) {
            finish(attempt, now, true);
            return new SaveResult(SaveStatus.TIME_UP, null);
        }
        if (repository.touchOpen(attemptId, now) == 0) {
            return new SaveResult(SaveStatus.SUBMITTED, null);
        }
        List<String> refs = attempt.questionRefs();
        if (position < 0 || position >= refs.size()) {
            throw new QuizException("quiz.badAnswer", position);
        }
        Ref ref = ref(refs.get(position));
        Grade grade;
        try {
            grade = Grader.grade(ref.question(), AnswerCodec.decode(ref.question(), response));
        } catch (IllegalArgumentException e) {
            throw new QuizException("quiz.badAnswer", position + 1);
        }
        AttemptAnswer row = repository.answer(attemptId, position).orElse(null);
        if (row != null && row.isChecked()) {
            return new SaveResult(SaveStatus.LOCKED, feedback(ref, row.getResponse()));
        }
        boolean final_ = check && bank(attempt.getQuizKey()).settings().feedback() == FeedbackMode.IMMEDIATE;
        if (row == null) {
            row = new AttemptAnswer(attemptId, position, ref.bank().questionKey(ref.question()));
            row.record(response == null ? "" : response, grade.score(), final_, now);
            repository.add(row);
        } else {
            row.record(response == null ? "" : response, grade.score(), final_, now);
        }
        return final_
                ? new SaveResult(SaveStatus.CHECKED, feedback(ref, row.getResponse()))
                : new SaveResult(SaveStatus.SAVED, null);
    }

    /** Submits the caller's attempt; a second submit (double click, two tabs) returns the first one's result. */
    public AttemptRow submit(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        return row(attempt.isSubmitted() ? attempt : finish(attempt, clock.instant(), false));
    }

    public Review review(long attemptId) {
        QuizAttempt attempt = owned(attemptId);
        if (!attempt.isSubmitted()) {
            throw new QuizException("quiz.notSubmitted");
        }
        ParsedBank quiz = bank(attempt.getQuizKey());
        QuizSettings settings = quiz.settings();
        boolean passedAny = repository.attempts(attempt.getUserId(), attempt.getQuizKey()).stream()
                .anyMatch(a -> Boolean.TRUE.equals(a.getPassed()));
        boolean left = settings.attemptsLeftAfter(repository.attemptCount(attempt.getUserId(), attempt.getQuizKey()));
        boolean show = settings.review().showsAnswers(passedAny, left);
        Map<Integer, AttemptAnswer> answers = answersByPosition(attemptId);
        List<ReviewItem> items = new ArrayList<>();
        List<String> refs = attempt.questionRefs();
        for (int position = 0; position < refs.size(); position++) {
            Ref ref = ref(refs.get(position));
            AttemptAnswer saved = answers.get(position);
            String response = saved == null ? "" : saved.getResponse();
            Feedback feedback = feedback(ref, response);
            List<ReviewMarks.Mark> marks =
                    show ? ReviewMarks.of(ref.question(), AnswerCodec.decode(ref.question(), response)) : List.of();
            if (!show) {
                feedback = new Feedback(
                        feedback.correct(), feedback.scorePercent(), List.of(), null, null, feedback.sectionUrl());
            }
            items.add(new ReviewItem(
                    position,
                    ref.question().type().giftName(),
                    ref.bank().textHtml(ref.question()),
                    ref.bank().afterHtml(ref.question()),
                    AnswerText.of(ref.question(), response),
                    feedback,
                    marks));
        }
        return new Review(
                row(attempt),
                attempt.getQuizKey(),
                settings.title(),
                attempt.getPassPercent(),
                show,
                items,
                paths.placeOf(QUIZ_STEP, attempt.getQuizKey()).orElse(null));
    }

    /** Submits every attempt whose time ran out, so results exist even if the officer never comes back. */
    @PermitAll
    public int submitExpired() {
        Instant now = clock.instant();
        List<Long> due = repository.expiredOpenAttempts(timeLimit().overIfDeadlineBefore(now));
        due.forEach(id -> repository.attempt(id).ifPresent(a -> finish(a, now, true)));
        return due.size();
    }

    private TimeLimit timeLimit() {
        return new TimeLimit(graceSeconds);
    }

    private QuizAttempt finish(QuizAttempt attempt, Instant now, boolean auto) {
        long id = attempt.getId();
        if (repository.close(id, now, auto) == 0) {
            return repository.reload(id);
        }
        double percent = Math.round(repository.scoreSum(id) * 1000.0 / attempt.getQuestionCount()) / 10.0;
        boolean passed = percent >= attempt.getPassPercent();
        repository.recordResult(id, percent, passed);
        LOG.info(() ->
                "event=quiz.submitted attempt=" + id + " percent=" + percent + " passed=" + passed + " auto=" + auto);
        return repository.reload(id);
    }

    private record Ref(ParsedBank bank, Question question) {}

    private Ref ref(String text) {
        int space = text.indexOf(' ');
        ParsedBank bank = catalog.version(Long.parseLong(text.substring(0, space)));
        Question q = bank.byName().get(text.substring(space + 1));
        if (q == null) {
            throw new IllegalStateException("question " + text + " missing from its bank version");
        }
        return new Ref(bank, q);
    }

    private Feedback feedback(Ref ref, String response) {
        Question q = ref.question();
        Grade grade = Grader.grade(q, AnswerCodec.decode(q, response));
        // module#section is also the reader's URL: the part after # is the section's anchor
        String section = q.section() == null ? null : "/learn/module.xhtml?id=" + q.section();
        return new Feedback(
                grade.correct(),
                (int) Math.round(grade.score() * 100),
                grade.feedback(),
                AnswerText.right(q),
                ref.bank().explanationHtml(q),
                section);
    }

    private Map<Integer, AttemptAnswer> answersByPosition(long attemptId) {
        Map<Integer, AttemptAnswer> byPosition = new HashMap<>();
        repository.answers(attemptId).forEach(a -> byPosition.put(a.getPosition(), a));
        return byPosition;
    }

    private static List<Integer> identity(Question q) {
        int size = Math.max(q.choices().size(), q.pairs().size());
        return IntStream.range(0, size).boxed().toList();
    }

    private static List<Option> options(Question q, List<Integer> order) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE, CASE ->
                order.stream()
                        .map(i -> new Option(i, q.choices().get(i).text()))
                        .toList();
            default -> List.of();
        };
    }

    private static List<String> lefts(Question q) {
        return q.pairs().stream().map(p -> p.left()).toList();
    }

    private static List<Option> rights(Question q, List<Integer> order) {
        return switch (q.type()) {
            case MATCHING, ORDERING ->
                order.stream().map(i -> new Option(i, q.pairs().get(i).right())).toList();
            default -> List.of();
        };
    }

    private ParsedBank bank(String quizKey) {
        return catalog.current(quizKey).orElseThrow(() -> new QuizException("quiz.notFound", quizKey));
    }

    private QuizAttempt owned(long attemptId) {
        long userId = users.callerId();
        return repository
                .attempt(attemptId)
                .filter(a -> a.getUserId() == userId)
                .orElseThrow(() -> new QuizException("quiz.attemptNotFound", attemptId));
    }

    private QuizCard card(ParsedBank bank, QuizRepository.UserQuizSummary summary) {
        QuizSettings s = bank.settings();
        int count = s.draw().isEmpty()
                ? bank.questions().size()
                : s.draw().values().stream().mapToInt(Integer::intValue).sum();
        return new QuizCard(
                bank.bankKey(),
                s.title(),
                s.moduleKey(),
                count,
                s.timeLimitSeconds() / 60,
                s.maxAttempts(),
                s.passPercent(),
                s.feedback() == FeedbackMode.IMMEDIATE,
                summary == null ? 0 : summary.attempts(),
                summary == null ? null : summary.bestPercent(),
                summary != null && summary.passed());
    }

    private static AttemptRow row(QuizAttempt a) {
        return new AttemptRow(
                a.getId(),
                a.getAttemptNo(),
                a.getStartedAt(),
                a.getSubmittedAt(),
                a.getScorePercent(),
                a.getPassed(),
                a.isAutoSubmitted());
    }
}
