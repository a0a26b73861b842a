package academy.xinfang.quiz.domain;

import java.util.List;

/**
 * Writes single-choice (and case) questions in the Aiken format. Aiken keeps only the text, the options and the
 * right option: names, feedback, tags and sections are lost, and other types cannot be written.
 */
public final class AikenWriter {

    private AikenWriter() {}

    public static String write(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        for (Question q : questions) {
            if (q.type() != QuestionType.SINGLE && q.type() != QuestionType.CASE) {
                throw new IllegalArgumentException("Aiken holds single-choice questions only: " + q.name());
            }
            if (q.choices().size() > 26) {
                throw new IllegalArgumentException("Aiken allows at most 26 options: " + q.name());
            }
            int right = -1;
            for (int i = 0; i < q.choices().size(); i++) {
                if (q.choices().get(i).isFullyRight()) {
                    right = i;
                    break;
                }
            }
            if (right < 0) {
                throw new IllegalArgumentException("no fully right option: " + q.name());
            }
            out.append(q.text().replace("\n", " ")).append('\n');
            for (int i = 0; i < q.choices().size(); i++) {
                out.append((char) ('A' + i))
                        .append(". ")
                        .append(q.choices().get(i).text().replace("\n", " "))
                        .append('\n');
            }
            out.append("ANSWER: ").append((char) ('A' + right)).append("\n\n");
        }
        return out.toString();
    }
}
