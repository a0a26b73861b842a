package academy.xinfang.roleplay.domain;

/** The visitor's mood, each value 0–100. */
public record VisitorState(int agitation, int trust) {

    public static final int MIN = 0;
    public static final int MAX = 100;

    public VisitorState {
        if (agitation < MIN || agitation > MAX || trust < MIN || trust > MAX) {
            throw new IllegalArgumentException("agitation and trust must be 0–100: " + agitation + ", " + trust);
        }
    }

    /** The state after adding the deltas, each value clamped to 0–100. */
    public VisitorState plus(int agitationDelta, int trustDelta) {
        return new VisitorState(clamp((long) agitation + agitationDelta), clamp((long) trust + trustDelta));
    }

    static int clamp(long value) {
        return (int) Math.max(MIN, Math.min(MAX, value));
    }
}
