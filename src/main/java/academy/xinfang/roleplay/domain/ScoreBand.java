package academy.xinfang.roleplay.domain;

/**
 * How a score reads at a glance, the one place its thresholds live: under 60 is low (red: the pass mark of a
 * scenario defaults to 60), 60 to 79 middling (amber), 80 and more good (green). Scores are on a 0–100 scale; a live
 * scorecard's 1–5 rating is brought to it first ({@link #ofRating(int)}).
 */
public enum ScoreBand {
    LOW,
    MIDDLE,
    HIGH;

    public static final int MIDDLE_FROM = 60;
    public static final int HIGH_FROM = 80;

    /** The percent a live rating of 1–5 stands for: 5 is 100. */
    public static final int PERCENT_PER_RATING_POINT = 20;

    public static ScoreBand of(int percent) {
        if (percent >= HIGH_FROM) {
            return HIGH;
        }
        return percent >= MIDDLE_FROM ? MIDDLE : LOW;
    }

    public static ScoreBand ofRating(int rating) {
        return of(rating * PERCENT_PER_RATING_POINT);
    }
}
