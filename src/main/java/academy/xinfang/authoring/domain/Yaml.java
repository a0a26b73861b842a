package academy.xinfang.authoring.domain;

import java.util.List;

/**
 * Front-matter values in the YAML subset of content/README.md: plain when that is unambiguous, else double-quoted
 * (always when the value holds an ASCII colon, as the README asks).
 */
final class Yaml {

    private static final String INDICATORS = "{}[]|>&*!%@`#,'\"?:-";

    private Yaml() {}

    static String scalar(String value) {
        return plainSafe(value, false) ? value : quoted(value);
    }

    static String flowList(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            out.append(i == 0 ? "" : ", ").append(plainSafe(value, true) ? value : quoted(value));
        }
        return out.append(']').toString();
    }

    private static boolean plainSafe(String value, boolean inFlow) {
        if (value.isEmpty() || !value.equals(value.strip()) || INDICATORS.indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        if (value.indexOf(':') >= 0 || value.contains(" #") || value.indexOf('\\') >= 0 || value.indexOf('"') >= 0) {
            return false;
        }
        return !inFlow || (value.indexOf(',') < 0 && value.indexOf('[') < 0 && value.indexOf(']') < 0
                && value.indexOf('{') < 0 && value.indexOf('}') < 0);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
