package academy.xinfang.quiz.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Aiken format: the question on one or more lines, options {@code A. …} or {@code A) …}, then
 * {@code ANSWER: B}; blank lines between questions. Every question is single-choice. Aiken has no names, so each
 * question is named after the file and its position ({@code bank-1}, {@code bank-2}, …).
 */
public final class AikenParser {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)]\\s*(.*)");
    private static final Pattern ANSWER = Pattern.compile("ANSWER:\\s*([A-Z])\\s*");

    private AikenParser() {}

    public static BankParseResult parse(String fileName, String text) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = normalised.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String base = fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        List<Question> questions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();

        List<String> stem = new ArrayList<>();
        List<String> options = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            int number = i + 1;
            Matcher answer = ANSWER.matcher(line);
            if (answer.matches()) {
                int index = answer.group(1).charAt(0) - 'A';
                if (stem.isEmpty() || options.isEmpty()) {
                    problems.add(ImportProblem.of(fileName, start == 0 ? number : start, "quiz.badAnswer", line));
                } else if (index >= options.size()) {
                    problems.add(ImportProblem.of(fileName, number, "quiz.badAnswer", line));
                } else {
                    List<Choice> choices = new ArrayList<>();
                    for (int k = 0; k < options.size(); k++) {
                        choices.add(k == index ? Choice.right(options.get(k), "") : Choice.wrong(options.get(k), ""));
                    }
                    questions.add(new Question(
                            "",
                            base + "-" + (questions.size() + 1),
                            QuestionType.SINGLE,
                            String.join("\n", stem),
                            "",
                            choices,
                            List.of(),
                            "",
                            Set.of(),
                            null,
                            start));
                }
                stem.clear();
                options.clear();
                start = 0;
                continue;
            }
            if (line.isEmpty()) {
                if (!stem.isEmpty()) {
                    // a question ended without its ANSWER line: Aiken allows a blank line only between questions
                    problems.add(ImportProblem.of(fileName, start, "quiz.noAnswer"));
                    stem.clear();
                    options.clear();
                    start = 0;
                }
                continue;
            }
            Matcher option = OPTION.matcher(line);
            if (!stem.isEmpty() && option.matches() && option.group(1).charAt(0) - 'A' == options.size()) {
                options.add(option.group(2).strip());
            } else if (options.isEmpty()) {
                if (stem.isEmpty()) {
                    start = number;
                }
                stem.add(line);
            } else {
                problems.add(ImportProblem.of(fileName, number, "quiz.badAnswer", line));
            }
        }
        return new BankParseResult(questions, problems);
    }
}
