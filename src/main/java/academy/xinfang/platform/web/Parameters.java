package academy.xinfang.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reading numbers from the query string of plain servlets and REST resources with the same 400 reasons the view
 * parameters of pages give ({@link ViewParameterGuard}), instead of a {@code NumberFormatException}.
 */
public final class Parameters {
    private static final int SHOWN = 40;

    private Parameters() {}

    /** A refused parameter, with the reason to show. */
    public static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        Bad(Refusal refusal) {
            super(refusal.key(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A whole number that must be given. */
    public static long wholeNumber(HttpServletRequest request, String name) throws Bad {
        Long value = optionalWholeNumber(name, request.getParameter(name));
        if (value == null) {
            throw new Bad(Refusal.of(400, "request.parameter.missing", name));
        }
        return value;
    }

    /** A whole number that may be left out (or empty): null then. */
    public static Long optionalWholeNumber(HttpServletRequest request, String name) throws Bad {
        return optionalWholeNumber(name, request.getParameter(name));
    }

    /** The same for a value already read (a JAX-RS {@code @QueryParam String}). */
    public static Long optionalWholeNumber(String name, String value) throws Bad {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new Bad(Refusal.of(400, "request.parameter.number", name, shown(value)));
        }
    }

    /** A whole number from {@code min} to {@code max} that must be given. */
    public static int wholeNumber(HttpServletRequest request, String name, int min, int max) throws Bad {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new Bad(Refusal.of(400, "request.parameter.missing", name));
        }
        return wholeNumber(name, value, min, max, min);
    }

    /** A whole number from {@code min} to {@code max}, or the default when left out. */
    public static int wholeNumber(String name, String value, int min, int max, int defaultValue) throws Bad {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw new Bad(Refusal.of(400, "request.parameter.range", name, shown(value), min, max));
    }

    /** A value that fails a pattern (a key, a format name). */
    public static Refusal invalid(String name, String value) {
        return value == null || value.isEmpty()
                ? Refusal.of(400, "request.parameter.missing", name)
                : Refusal.of(400, "request.parameter.invalid", name, shown(value));
    }

    static String shown(String value) {
        return value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    }
}
