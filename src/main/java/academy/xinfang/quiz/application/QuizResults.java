package academy.xinfang.quiz.application;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.quiz.domain.AnswerEvent;
import academy.xinfang.quiz.domain.AttemptEvent;
import academy.xinfang.quiz.domain.TagTotal;
import academy.xinfang.quiz.persistence.QuizResultRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How officers did in quizzes, for the features that report on it (course progress, completion reports, insights,
 * learning records): the quiz feature's answer, so none of them reads its tables. A quiz is started with any attempt
 * and passed when any submitted attempt passed. Each method is one aggregate query.
 */
@ApplicationScoped
public class QuizResults {
    @Inject
    QuizResultRepository repository;

    protected QuizResults() {}

    /** For tests outside the container. */
    public QuizResults(QuizResultRepository repository) {
        this.repository = repository;
    }

    public Set<String> onlineBanks() {
        return repository.onlineBanks();
    }

    /** The quizzes among the keys the officer tried, each with whether any attempt passed. */
    public Map<String, Boolean> triedBy(long userId, Collection<String> keys) {
        return repository.triedBy(userId, keys);
    }

    /** Per officer, how many of the quizzes they passed. */
    public Map<Long, Long> passedPerOfficer(Collection<String> keys) {
        return repository.passedPerOfficer(keys);
    }

    /** Per officer, the last time they worked on an attempt at any of the quizzes. */
    public Map<Long, Instant> lastActivityPerOfficer(Collection<String> keys) {
        return repository.lastActivityPerOfficer(keys);
    }

    public Set<Long> startedBy(Collection<String> keys) {
        return repository.startedBy(keys);
    }

    /** Score sums per officer and tag over attempts submitted in [from, to), given each question's tags. */
    public List<TagTotal> tagTotals(Map<String, ? extends Collection<Tag>> questionTags, Instant from, Instant to) {
        return repository.tagTotals(questionTags, from, to);
    }

    public List<AttemptEvent> attempts(Long userId, Instant from, Instant to) {
        return repository.attempts(userId, from, to);
    }

    public List<AnswerEvent> answers(Long userId, Instant from, Instant to) {
        return repository.answers(userId, from, to);
    }
}
