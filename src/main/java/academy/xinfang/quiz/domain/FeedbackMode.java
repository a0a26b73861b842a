package academy.xinfang.quiz.domain;

/** When an officer sees whether an answer is right: as soon as a question is checked, or only after submitting. */
public enum FeedbackMode {
    IMMEDIATE,
    DEFERRED
}
