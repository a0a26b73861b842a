package academy.xinfang.quiz.domain;

import academy.xinfang.platform.vocabulary.Tag;

/** The marks one officer earned on the questions carrying one tag over their submitted attempts: sum and answers. */
public record TagTotal(long userId, Tag tag, double scoreSum, long answers) {}
