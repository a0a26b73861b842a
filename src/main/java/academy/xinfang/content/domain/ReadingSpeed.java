package academy.xinfang.content.domain;

import java.util.regex.Pattern;

/**
 * How long a section must have been on screen before it counts as read: its length at a reading speed, never less
 * than a small minimum; and how much of one gap between two reports of the reader page may count at most, so that a
 * page left open with no one reading (or a phone that went to sleep before it could say so) does not count forever.
 * The speed is generous on purpose, since officers re-read: it bounds skimming, not careful study.
 *
 * @param charsPerMinute characters read per minute (Chinese characters; markup and spaces not counted)
 * @param minSecondsPerSection the least time any section needs, however short
 * @param maxIntervalSeconds the most one gap between two reports can count
 */
public record ReadingSpeed(int charsPerMinute, int minSecondsPerSection, int maxIntervalSeconds) {
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#?\\w+);");
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public ReadingSpeed {
        if (charsPerMinute <= 0 || minSecondsPerSection < 0 || maxIntervalSeconds <= 0) {
            throw new IllegalArgumentException("reading speed needs a positive speed and gap, and no negative minimum: "
                    + charsPerMinute + "/" + minSecondsPerSection + "/" + maxIntervalSeconds);
        }
    }

    /** Milliseconds on screen a section of so many characters needs. */
    public long requiredMillis(int chars) {
        long byLength = (Math.max(0, chars) * 60_000L + charsPerMinute - 1) / charsPerMinute;
        return Math.max(minSecondsPerSection * 1000L, byLength);
    }

    public long maxIntervalMillis() {
        return maxIntervalSeconds * 1000L;
    }

    /** The characters a reader reads in a rendered section: no tags, an entity counts once, no white space. */
    public static int readableChars(String html) {
        if (html == null) {
            return 0;
        }
        String text = ENTITY.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll("x");
        String compact = SPACE.matcher(text).replaceAll("");
        return compact.codePointCount(0, compact.length());
    }
}
