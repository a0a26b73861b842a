package academy.xinfang.platform.web;

import jakarta.json.JsonValue;

/**
 * JSON that is safe to place inside an HTML {@code <script>} element (a widget's configuration, a {@code <script
 * type="application/json">} data block). A JSON writer escapes quotes and backslashes but leaves {@code </script>},
 * {@code <!--} and the line separators U+2028/U+2029 as they are: a department named {@code </script><script>…}
 * then ends the script early and runs its own. Every {@code <}, {@code >} and {@code &} becomes a JSON unicode
 * escape, which only occurs inside JSON strings and reads back as the same character, so the data is unchanged for
 * the script while the HTML parser never sees a tag; U+2028 and U+2029 are escaped for older JavaScript engines, where
 * they end a string literal. Use it wherever server data goes into a script.
 */
public final class ScriptJson {
    private ScriptJson() {}

    /** The value's JSON text, escaped for a {@code <script>} element. */
    public static String of(JsonValue value) {
        return escape(value.toString());
    }

    /** Escapes JSON text (as written by a JSON writer) for a {@code <script>} element. */
    public static String escape(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String replacement = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? json : out.toString();
    }
}
