package academy.xinfang.roleplay.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of a radar chart drawn as inline SVG: one axis per score (0–100), clockwise from the top, rings every 20
 * points, and labels outside the rim, long ones on two lines. Drawn on the server so that the scorecard needs no
 * chart script on a phone: a Chart.js radar through PrimeFaces added about 276 KB of gzipped scripts to the page.
 * Coordinates fit the view box {@value #VIEW_BOX}.
 */
public record RadarChart(List<Axis> axes, String scorePoints, List<String> rings) implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String VIEW_BOX = "-190 -135 380 270";
    static final double RADIUS = 90;
    private static final double LABEL_GAP = 12;
    private static final double LINE_HEIGHT = 12;
    private static final int MAX_LINE = 5;
    private static final int MAX_WORDS_LINE = 12;

    /**
     * One axis: its rim end ({@code x}, {@code y}), the score's point, and where its label lines start, anchored so
     * that text on the left ends at the rim and text on the right starts there.
     */
    public record Axis(
            String x,
            String y,
            String pointX,
            String pointY,
            String labelX,
            String labelY,
            String anchor,
            List<String> lines,
            int score)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The y of label line {@code i}. */
        public String lineY(int i) {
            return num(Double.parseDouble(labelY) + i * LINE_HEIGHT);
        }
    }

    public String viewBox() {
        return VIEW_BOX;
    }

    public static RadarChart of(List<String> labels, List<Integer> scores) {
        if (labels.size() != scores.size() || labels.size() < 3) {
            throw new IllegalArgumentException("a radar needs at least three labelled scores");
        }
        int n = labels.size();
        List<Axis> axes = new ArrayList<>();
        StringBuilder polygon = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            int score = Math.max(0, Math.min(100, scores.get(i)));
            double px = RADIUS * score / 100 * cos;
            double py = RADIUS * score / 100 * sin;
            polygon.append(polygon.isEmpty() ? "" : " ")
                    .append(num(px))
                    .append(',')
                    .append(num(py));
            List<String> lines = lines(labels.get(i));
            double lx = (RADIUS + LABEL_GAP) * cos;
            double ly = (RADIUS + LABEL_GAP) * sin + 4; // the baseline sits a little below the anchor point
            if (sin < -0.3) {
                ly -= (lines.size() - 1) * LINE_HEIGHT; // labels above the chart grow upwards
            } else if (Math.abs(sin) <= 0.3) {
                ly -= (lines.size() - 1) * LINE_HEIGHT / 2; // side labels are centred on their axis
            } else {
                ly += LINE_HEIGHT / 2;
            }
            String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
            axes.add(new Axis(
                    num(RADIUS * cos), num(RADIUS * sin), num(px), num(py), num(lx), num(ly), anchor, lines, score));
        }
        List<String> rings = new ArrayList<>();
        for (int level = 20; level <= 100; level += 20) {
            StringBuilder ring = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
                ring.append(ring.isEmpty() ? "" : " ")
                        .append(num(RADIUS * level / 100 * Math.cos(angle)))
                        .append(',')
                        .append(num(RADIUS * level / 100 * Math.sin(angle)));
            }
            rings.add(ring.toString());
        }
        return new RadarChart(List.copyOf(axes), polygon.toString(), List.copyOf(rings));
    }

    /** A label on one line, or on two when long: Chinese cut in the middle, words at the space nearest it. */
    static List<String> lines(String label) {
        String text = label.strip();
        boolean words = text.codePoints().noneMatch(Character::isIdeographic);
        if (text.length() <= (words ? MAX_WORDS_LINE : MAX_LINE) || (words && !text.contains(" "))) {
            return List.of(text);
        }
        int cut = (text.length() + 1) / 2;
        if (words) {
            int best = -1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ' && (best < 0 || Math.abs(i - cut) < Math.abs(best - cut))) {
                    best = i;
                }
            }
            return List.of(text.substring(0, best), text.substring(best + 1));
        }
        return List.of(text.substring(0, cut), text.substring(cut));
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
