package academy.xinfang.quiz.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the quiz settings a bank carries in {@code // @quiz: key=value; key=value} comment lines (GIFT readers such as
 * Moodle skip comments, so the file stays a plain bank). Keys: {@code title}, {@code module}, {@code draw}
 * ({@code six-taboos:4, COLD_RECEPTION:2}), {@code shuffle} (yes/no), {@code time} (minutes, or seconds as
 * {@code 90s}), {@code attempts},
 * {@code pass} (percent), {@code feedback} (immediate/deferred), {@code review}
 * (after-submit/after-pass-or-last/never). Unknown keys or bad values are problems with their line, and the bank then
 * runs on the defaults for those keys only.
 */
public final class QuizSettingsParser {
    public static final String PREFIX = "@quiz:";

    public record Result(QuizSettings settings, List<ImportProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private QuizSettingsParser() {}

    public static Result parse(String file, String text, String defaultTitle, String defaultModule) {
        QuizSettings d = QuizSettings.defaults(defaultTitle, defaultModule);
        String title = d.title();
        String module = d.moduleKey();
        Map<String, Integer> draw = new LinkedHashMap<>();
        boolean shuffle = d.shuffle();
        int time = d.timeLimitSeconds();
        int attempts = d.maxAttempts();
        int pass = d.passPercent();
        FeedbackMode feedback = d.feedback();
        ReviewPolicy review = d.review();
        List<ImportProblem> problems = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (!s.startsWith("//") || !s.substring(2).strip().startsWith(PREFIX)) {
                continue;
            }
            int lineNo = i + 1;
            for (String pair : s.substring(2).strip().substring(PREFIX.length()).split(";")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
                String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
                try {
                    switch (key) {
                        case "title" -> title = required(value);
                        case "module" -> module = required(value);
                        case "draw" -> draw = draw(value);
                        case "shuffle" -> shuffle = yesNo(value);
                        case "time" -> time = seconds(value);
                        case "attempts" -> attempts = number(value, 0, 100);
                        case "pass" -> pass = number(value, 0, 100);
                        case "feedback" -> feedback = FeedbackMode.valueOf(constant(value));
                        case "review" -> review = ReviewPolicy.valueOf(constant(value));
                        default -> throw new IllegalArgumentException();
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(ImportProblem.of(file, lineNo, "quiz.badSetting", key, value));
                }
            }
        }
        return new Result(
                new QuizSettings(title, module, draw, shuffle, time, attempts, pass, feedback, review), problems);
    }

    private static String required(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private static String constant(String value) {
        return value.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new IllegalArgumentException();
        };
    }

    private static int number(String value, int min, int max) {
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            throw new IllegalArgumentException();
        }
        return n;
    }

    private static int seconds(String value) {
        return value.endsWith("s")
                ? number(value.substring(0, value.length() - 1), 10, 36000)
                : number(value, 0, 600) * 60;
    }

    private static Map<String, Integer> draw(String value) {
        Map<String, Integer> quota = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            int colon = part.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException();
            }
            int n = number(part.substring(colon + 1).strip(), 1, 200);
            if (quota.put(part.substring(0, colon).strip(), n) != null) {
                throw new IllegalArgumentException();
            }
        }
        return quota;
    }
}
