package academy.xinfang.quiz.application;

import academy.xinfang.platform.ExpectedException;

/** A refused quiz action, with a message key of the {@code quiz.*} family. */
public class QuizException extends ExpectedException {
    private static final long serialVersionUID = 1L;

    public QuizException(String key, Object... arguments) {
        super(key, arguments);
    }
}
