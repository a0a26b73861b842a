package academy.xinfang.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures wrk prints for one run with {@code --latency}: requests, rate, the median and p99 latency in
 * milliseconds (wrk writes each in the unit that suits it, from us to minutes), the answers that were not 2xx or 3xx
 * and its socket errors ("none" when it printed no such line).
 */
public record WrkReport(long requests, double rps, double p50Ms, double p99Ms, long non2xx, String socketErrors) {
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: ([^\\n]+)");

    public static WrkReport parse(String out) {
        return new WrkReport(
                Long.parseLong(find(REQUESTS, out, "0")),
                Double.parseDouble(find(RATE, out, "0")),
                latency(out, "50%"),
                latency(out, "99%"),
                Long.parseLong(find(NON_2XX, out, "0")),
                find(SOCKET_ERRORS, out, "none").strip());
    }

    /** This percentile of wrk's latency distribution in milliseconds, NaN when wrk printed none. */
    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("(?m)^\\s*" + percentile + "\\s+([\\d.]+)(us|ms|s|m)\\s*$")
                .matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    private static String find(Pattern pattern, String out, String otherwise) {
        Matcher m = pattern.matcher(out);
        return m.find() ? m.group(1) : otherwise;
    }
}
