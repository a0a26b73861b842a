package academy.xinfang.quiz.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.List;

/** The questions read from one bank and the problems of the questions that were skipped or are suspect. */
public record BankParseResult(List<Question> questions, List<ImportProblem> problems) {

    public BankParseResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
