package academy.xinfang.quiz.domain;

/** The scores one officer earned on one question over their submitted attempts: sum and number of answers. */
public record AnswerTotal(long userId, String questionKey, double scoreSum, long answers) {}
