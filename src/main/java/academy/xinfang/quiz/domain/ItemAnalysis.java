package academy.xinfang.quiz.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classical item analysis of a quiz, so trainers can find questions that are too easy, too hard or misleading.
 *
 * <p>The attempt total is the sum of its scores. Discrimination is the point-biserial (Pearson) correlation of the
 * item score with the total of the <em>other</em> items of the same attempt (the corrected item-total
 * correlation), over the attempts that contain the item; using the rest rather than the whole total keeps an item
 * from correlating with itself, which matters in short quizzes. The upper-lower 27% method is not used.
 *
 * <p>Cronbach's alpha treats an item missing from an attempt as scored 0, so it is meaningful for a fixed quiz
 * where every attempt has the same items; it is NaN with fewer than two items or when the totals do not vary.
 * Variances are population variances; the choice cancels out in alpha's ratio.
 */
public record ItemAnalysis(List<ItemStatistics> items, int attempts, double cronbachAlpha) {

    public ItemAnalysis {
        items = List.copyOf(items);
    }

    public static ItemAnalysis of(List<Response> responses) {
        // attempt -> question -> score, both in first-seen order
        Map<String, Map<String, Double>> byAttempt = new LinkedHashMap<>();
        Map<String, List<Response>> byQuestion = new LinkedHashMap<>();
        for (Response r : responses) {
            Double before = byAttempt
                    .computeIfAbsent(r.attemptId(), a -> new LinkedHashMap<>())
                    .put(r.questionName(), r.score());
            if (before != null) {
                throw new IllegalArgumentException(
                        "two responses to " + r.questionName() + " in attempt " + r.attemptId());
            }
            byQuestion.computeIfAbsent(r.questionName(), q -> new ArrayList<>()).add(r);
        }
        Map<String, Double> totals = new LinkedHashMap<>();
        byAttempt.forEach((attempt, scores) -> totals.put(
                attempt,
                scores.values().stream().mapToDouble(Double::doubleValue).sum()));

        List<ItemStatistics> items = new ArrayList<>();
        for (Map.Entry<String, List<Response>> entry : byQuestion.entrySet()) {
            List<Response> answers = entry.getValue();
            int n = answers.size();
            double[] item = new double[n];
            double[] rest = new double[n];
            Map<Integer, Integer> counts = new TreeMap<>();
            int omitted = 0;
            for (int i = 0; i < n; i++) {
                Response r = answers.get(i);
                item[i] = r.score();
                rest[i] = totals.get(r.attemptId()) - r.score();
                if (r.chosenOption() == null) {
                    omitted++;
                } else {
                    counts.merge(r.chosenOption(), 1, Integer::sum);
                }
            }
            double discrimination = correlation(item, rest);
            boolean flagged = Double.isNaN(discrimination) || discrimination < ItemStatistics.LOW_DISCRIMINATION;
            items.add(new ItemStatistics(entry.getKey(), n, mean(item), discrimination, counts, omitted, flagged));
        }
        return new ItemAnalysis(
                items,
                byAttempt.size(),
                alpha(byAttempt, byQuestion.keySet().stream().toList()));
    }

    private static double alpha(Map<String, Map<String, Double>> byAttempt, List<String> questions) {
        int k = questions.size();
        if (k < 2 || byAttempt.isEmpty()) {
            return Double.NaN;
        }
        double itemVariances = 0;
        for (String question : questions) {
            itemVariances += variance(byAttempt.values().stream()
                    .mapToDouble(scores -> scores.getOrDefault(question, 0.0))
                    .toArray());
        }
        double totalVariance = variance(byAttempt.values().stream()
                .mapToDouble(scores -> scores.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .toArray());
        if (totalVariance == 0) {
            return Double.NaN;
        }
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return xs.length == 0 ? Double.NaN : sum / xs.length;
    }

    private static double variance(double[] xs) {
        double m = mean(xs);
        double sum = 0;
        for (double x : xs) {
            sum += (x - m) * (x - m);
        }
        return sum / xs.length;
    }

    private static double correlation(double[] xs, double[] ys) {
        double mx = mean(xs);
        double my = mean(ys);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }
        // exact zero only when a side is constant; tiny values from rounding still give a meaningful r
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    public ItemStatistics item(String questionName) {
        return items.stream()
                .filter(i -> i.questionName().equals(questionName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no statistics for " + questionName));
    }
}
