package academy.xinfang.content.domain;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.ContentHash;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one module file (format in content/README.md): front matter in a small YAML subset, then a Markdown body
 * whose {@code ##} headings carry stable ids. The administrator fixes files from the problem list, so the parser
 * never stops at the first problem and never throws on bad input: it reports every problem it can find, each with
 * the file line to go to, and yields a module only when there is none.
 */
public final class ModuleParser {

    /** Module and section ids end up in URLs and in stored reading progress, so they are kept plain. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Pattern NUMBERED_FILE = Pattern.compile("[0-9]{2}-(.+)\\.md");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /*
     * The line patterns match lines whose trailing blanks were cut first ({@link #withoutTrailingBlanks}): a pattern
     * ending in a lazy group and [ \t]* backtracks quadratically, and a 80,000-character line took 25 s.
     */
    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*))?");
    /** A line that was meant as a field ({@code title:x}, {@code id : x}) even though it is malformed. */
    private static final Pattern ATTEMPTED_KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:");
    private static final Pattern ITEM_LINE = Pattern.compile("[ \t]*-(?:[ \t]+(.*))?");
    private static final Pattern UNSIGNED = Pattern.compile("\\+?[0-9]+");
    private static final Pattern SIGNED = Pattern.compile("[+-]?[0-9]+");
    /** Characters that start something other than a plain scalar in YAML (anchors, tags, block scalars ...). */
    private static final String YAML_INDICATORS = "{}[]|>&*!%@`#,";

    private static final Pattern FENCE_OPEN = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)");
    private static final Pattern HEADING = Pattern.compile(" {0,3}(#{2,3})(?:[ \t]+(.*))?");

    private static final char BOM = '\uFEFF';

    private ModuleParser() {}

    /**
     * Never throws on bad input: a file with any problem yields {@code Optional.empty()} and all the problems that
     * can be found, each with its line. The body's source is scanned against {@link MarkdownLimits} but not parsed:
     * rendering it ({@link MarkdownRenderer}) may still refuse a module with a {@link MarkdownLimitException}.
     */
    public static ParseResult parse(String fileName, String text) {
        return new Run(fileName == null ? "" : fileName, text).parse();
    }



    /** The front-matter fields, in the order of content/README.md. */
    private enum Field {
        ID, TITLE, SUMMARY, OBJECTIVES, MINUTES, ORDER, PREREQUISITES, TAGS, SOURCES;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Field> of(String key) {
            for (Field field : values()) {
                if (field.key().equals(key)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    private record Item(String value, int line) {}

    /** A field as written: a scalar, or a flow or block list (items), at a line. */
    private static final class Raw {
        final int line;
        final String text;
        String scalar;
        List<Item> items;
        boolean block;

        Raw(int line, String text) {
            this.line = line;
            this.text = text;
        }
    }

    /** The state of parsing one file. */
    private static final class Run {
        private final String file;
        private final String original;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<Field, Raw> fields = new LinkedHashMap<>();
        /** Fields whose line was reported as malformed: calling them missing as well would mislead. */
        private final Set<Field> malformed = EnumSet.noneOf(Field.class);
        private String[] lines;

        Run(String file, String text) {
            this.file = file;
            this.original = text;
        }

        ParseResult parse() {
            if (original == null || original.isEmpty()) {
                problem(0, "content.empty");
                return failed();
            }
            if (original.indexOf('\0') >= 0) {
                problem(0, "content.binary");
                return failed();
            }
            String text = original.charAt(0) == BOM ? original.substring(1) : original;
            if (text.isBlank()) {
                problem(0, "content.empty");
                return failed();
            }
            // Before anything else reads the lines: a text beyond the limits could take minutes to read or render.
            // Only the linear scan: the parsed tree is measured where the body is rendered (importing, publishing,
            // previewing), so an unchanged file, which is never rendered, costs no flexmark parse at startup.
            Optional<MarkdownLimits.Violation> beyond = MarkdownLimits.scan(text);
            if (beyond.isPresent()) {
                problem(beyond.get());
                return failed();
            }
            lines = LINE_BREAK.split(text, -1);

            if (!isDelimiter(lines[0])) {
                problem(1, "content.noFrontMatter");
                // Without front matter the headings can still be checked, so the author sees those problems too.
                scanSections(0);
                return failed();
            }
            int closing = -1;
            for (int i = 1; i < lines.length; i++) {
                if (isDelimiter(lines[i])) {
                    closing = i;
                    break;
                }
            }
            if (closing < 0) {
                problem(1, "content.unclosedFrontMatter");
                return failed();
            }

            readFrontMatter(closing);
            int closingLine = closing + 1;
            String id = scalar(Field.ID, closingLine);
            String title = scalar(Field.TITLE, closingLine);
            String summary = scalar(Field.SUMMARY, closingLine);
            List<String> objectives = nonEmptyList(Field.OBJECTIVES, closingLine);
            Integer minutes = number(Field.MINUTES, closingLine, UNSIGNED, true);
            Integer order = number(Field.ORDER, closingLine, SIGNED, false);
            List<String> prerequisites = list(Field.PREREQUISITES, closingLine);
            Set<Tag> tags = tags(closingLine);
            List<String> sources = list(Field.SOURCES, closingLine);
            checkId(id);

            int bodyStart = closing + 1;
            List<Section> sections = scanSections(bodyStart);

            if (!problems.isEmpty()) {
                return failed();
            }
            String contentHash = ContentHash.sha256(original);
            ParsedModule module = new ParsedModule(file, id, title, summary, objectives, minutes, order,
                    prerequisites, tags, sources, body(bodyStart), bodyStart + 1, sections, contentHash,
                    fields.get(Field.ID).line, fields.get(Field.PREREQUISITES).line);
            return new ParseResult(Optional.of(module), List.of());
        }

        private static boolean isDelimiter(String line) {
            return line.stripTrailing().equals("---");
        }

        private String body(int start) {
            return start >= lines.length ? "" : String.join("\n", List.of(lines).subList(start, lines.length));
        }

        // ---- front matter -------------------------------------------------------------------------------------

        private void readFrontMatter(int closing) {
            Raw open = null; // the field whose block list is being read; items of ignored fields go nowhere
            boolean inIgnoredBlock = false;
            for (int i = 1; i < closing; i++) {
                String line = lines[i];
                int lineNumber = i + 1;
                if (line.isBlank()) {
                    continue;
                }
                String trimmed = withoutTrailingBlanks(line);
                Matcher item = ITEM_LINE.matcher(trimmed);
                if (item.matches() && (open != null || inIgnoredBlock)) {
                    if (open != null) {
                        Optional<String> value = unquote(item.group(1) == null ? "" : item.group(1));
                        if (value.isEmpty() || value.get().isEmpty()) {
                            problem(lineNumber, "content.badFrontMatterLine", line);
                        } else {
                            open.items.add(new Item(value.get(), lineNumber));
                        }
                    }
                    continue;
                }
                Matcher keyValue = KEY_LINE.matcher(trimmed);
                if (!keyValue.matches()) {
                    problem(lineNumber, "content.badFrontMatterLine", line);
                    Matcher attempted = ATTEMPTED_KEY.matcher(line);
                    if (attempted.lookingAt()) {
                        Field.of(attempted.group(1)).ifPresent(malformed::add);
                    }
                    continue;
                }
                open = null;
                inIgnoredBlock = false;
                String key = keyValue.group(1);
                String value = keyValue.group(2) == null ? "" : keyValue.group(2);
                Optional<Field> field = Field.of(key);
                if (field.isEmpty()) {
                    problem(lineNumber, "content.unknownField", key);
                    inIgnoredBlock = value.isEmpty();
                    continue;
                }
                if (fields.containsKey(field.get())) {
                    problem(lineNumber, "content.duplicateField", key);
                    inIgnoredBlock = value.isEmpty();
                    continue;
                }
                Raw raw = new Raw(lineNumber, line);
                if (value.isEmpty()) {
                    raw.items = new ArrayList<>();
                    raw.block = true;
                    open = raw;
                } else if (value.startsWith("[")) {
                    Optional<List<String>> items = flowList(value);
                    if (items.isEmpty()) {
                        problem(lineNumber, "content.badFrontMatterLine", line);
                        malformed.add(field.get());
                        continue;
                    }
                    raw.items = new ArrayList<>();
                    items.get().forEach(v -> raw.items.add(new Item(v, lineNumber)));
                } else {
                    Optional<String> scalar = unquote(value);
                    if (scalar.isEmpty()) {
                        problem(lineNumber, "content.badFrontMatterLine", line);
                        malformed.add(field.get());
                        continue;
                    }
                    raw.scalar = scalar.get();
                }
                fields.put(field.get(), raw);
            }
        }

        /** The field, or a missingField problem at the closing delimiter, where the author would add it. */
        private Optional<Raw> present(Field field, int closingLine) {
            Raw raw = fields.get(field);
            if (raw == null) {
                if (!malformed.contains(field)) {
                    problem(closingLine, "content.missingField", field.key());
                }
                return Optional.empty();
            }
            return Optional.of(raw);
        }

        private String scalar(Field field, int closingLine) {
            Optional<Raw> present = present(field, closingLine);
            if (present.isEmpty()) {
                return null;
            }
            Raw raw = present.get();
            if (raw.scalar == null) {
                if (raw.block && raw.items.isEmpty()) {
                    problem(raw.line, "content.missingField", field.key());
                } else {
                    // A list where one value belongs: the line does not have the form this field needs.
                    problem(raw.line, "content.badFrontMatterLine", raw.text);
                }
                return null;
            }
            if (raw.scalar.isBlank()) {
                problem(raw.line, "content.missingField", field.key());
                return null;
            }
            return raw.scalar;
        }

        private List<String> list(Field field, int closingLine) {
            Optional<Raw> present = present(field, closingLine);
            if (present.isEmpty()) {
                return null;
            }
            Raw raw = present.get();
            if (raw.items == null) {
                problem(raw.line, "content.badFrontMatterLine", raw.text);
                return null;
            }
            return raw.items.stream().map(Item::value).toList();
        }

        private List<String> nonEmptyList(Field field, int closingLine) {
            List<String> values = list(field, closingLine);
            if (values != null && values.isEmpty()) {
                problem(fields.get(field).line, "content.missingField", field.key());
                return null;
            }
            return values;
        }

        private Integer number(Field field, int closingLine, Pattern form, boolean positive) {
            String value = scalar(field, closingLine);
            if (value == null) {
                return null;
            }
            int line = fields.get(field).line;
            if (!form.matcher(value).matches()) {
                problem(line, "content.badNumber", field.key(), value);
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (positive && number <= 0) {
                    problem(line, "content.badNumber", field.key(), value);
                    return null;
                }
                return number;
            } catch (NumberFormatException tooLarge) {
                problem(line, "content.badNumber", field.key(), value);
                return null;
            }
        }

        private Set<Tag> tags(int closingLine) {
            if (list(Field.TAGS, closingLine) == null) {
                return null;
            }
            Set<Tag> tags = EnumSet.noneOf(Tag.class);
            for (Item item : fields.get(Field.TAGS).items) {
                Optional<Tag> tag = Tag.parse(item.value());
                if (tag.isPresent()) {
                    tags.add(tag.get());
                } else {
                    problem(item.line(), "content.unknownTag", item.value());
                }
            }
            return tags;
        }

        private void checkId(String id) {
            if (id == null) {
                return;
            }
            int line = fields.get(Field.ID).line;
            if (!ID.matcher(id).matches()) {
                problem(line, "content.badId", id);
            }
            String baseName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
            Matcher numbered = NUMBERED_FILE.matcher(baseName);
            if (numbered.matches() && !numbered.group(1).equals(id)) {
                problem(line, "content.fileNameMismatch", baseName, id);
            }
        }

        // ---- sections -----------------------------------------------------------------------------------------

        /** Headings from line index {@code start} on; fenced code is skipped as flexmark would. */
        private List<Section> scanSections(int start) {
            List<Section> sections = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int topLevelHeadings = 0;
            String fence = null;
            for (int i = start; i < lines.length; i++) {
                String line = lines[i];
                int lineNumber = i + 1;
                if (fence != null) {
                    if (closesFence(line, fence)) {
                        fence = null;
                    }
                    continue;
                }
                Matcher opening = FENCE_OPEN.matcher(line);
                if (opening.matches() && !(opening.group(1).charAt(0) == '`' && opening.group(2).contains("`"))) {
                    fence = opening.group(1);
                    continue;
                }
                Matcher heading = HEADING.matcher(withoutTrailingBlanks(line));
                if (!heading.matches()) {
                    continue;
                }
                int level = heading.group(1).length();
                if (level == 2) {
                    topLevelHeadings++;
                }
                String content = withoutClosingHashes(heading.group(2) == null ? "" : heading.group(2));
                String title = content.strip();
                String id = null;
                int attributes = attributesStart(content);
                if (attributes >= 0) {
                    title = content.substring(0, attributes).strip();
                    id = explicitId(content.substring(attributes + 1, content.length() - 1));
                }
                if (id == null) {
                    if (level == 2) {
                        problem(lineNumber, "content.sectionWithoutId", title);
                    }
                } else if (!ID.matcher(id).matches()) {
                    problem(lineNumber, "content.badSectionId", id);
                } else if (!seen.add(id)) {
                    problem(lineNumber, "content.duplicateSectionId", id);
                } else {
                    sections.add(new Section(id, title, level, lineNumber));
                }
            }
            if (topLevelHeadings == 0) {
                problem(0, "content.noSections");
            }
            return sections;
        }

        /** {@code ## Title ##}: closing hashes after a blank (or alone) are not part of the title. */
        private static String withoutClosingHashes(String content) {
            int hashes = content.length();
            while (hashes > 0 && content.charAt(hashes - 1) == '#') {
                hashes--;
            }
            if (hashes == content.length() || hashes == 0) {
                return hashes == 0 ? "" : content;
            }
            int text = hashes;
            while (text > 0 && isBlank(content.charAt(text - 1))) {
                text--;
            }
            return text < hashes ? content.substring(0, text) : content;
        }

        /**
         * Where the {@code {...}} that ends a heading starts, or -1. flexmark attaches it to the heading only when
         * blank space separates it from the text, and it holds no braces.
         */
        private static int attributesStart(String content) {
            if (!content.endsWith("}")) {
                return -1;
            }
            int open = content.lastIndexOf('{');
            if (open < 0 || content.indexOf('}', open) != content.length() - 1) {
                return -1;
            }
            return open == 0 || isBlank(content.charAt(open - 1)) ? open : -1;
        }

        private static boolean closesFence(String line, String fence) {
            String stripped = line.strip();
            int indent = line.indexOf(stripped.isEmpty() ? " " : stripped);
            if (indent > 3 || stripped.length() < fence.length()) {
                return false;
            }
            char marker = fence.charAt(0);
            return stripped.chars().allMatch(c -> c == marker);
        }

        /** The {@code #id} of an attribute block such as {@code {#overview .note}}; null when there is none. */
        private static String explicitId(String attributes) {
            for (String token : attributes.strip().split("[ \t]+")) {
                if (token.startsWith("#")) {
                    return token.substring(1);
                }
            }
            return null;
        }

        // ---- results ------------------------------------------------------------------------------------------

        private void problem(int line, String key, Object... arguments) {
            problems.add(ImportProblem.of(file, line, key, arguments));
        }

        private void problem(MarkdownLimits.Violation violation) {
            problems.add(new ImportProblem(file, violation.line(), violation.key(), violation.arguments()));
        }

        private ParseResult failed() {
            return new ParseResult(Optional.empty(), problems);
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String withoutTrailingBlanks(String line) {
        int end = line.length();
        while (end > 0 && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    // ---- YAML subset scalars ----------------------------------------------------------------------------------

    /** A scalar without its quotes; empty when it is not a well-formed scalar of our YAML subset. */
    static Optional<String> unquote(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return Optional.of("");
        }
        char first = value.charAt(0);
        if (first == '"' || first == '\'') {
            int end = endOfQuoted(value, 0);
            if (end != value.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(unescape(value.substring(1, end), first));
        }
        // YAML would read these differently from what the author meant (a nested map, a comment, a block
        // scalar ...), so the content/README.md rule is: quote such values.
        if (YAML_INDICATORS.indexOf(first) >= 0 || (first == '-' && value.startsWith("- "))
                || value.contains(": ") || value.endsWith(":") || value.contains(" #")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Index of the quote closing the quoted scalar that starts at {@code start}, or -1. */
    private static int endOfQuoted(String value, int start) {
        char quote = value.charAt(start);
        for (int i = start + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String unescape(String inner, char quote) {
        if (quote == '\'') {
            return inner.replace("''", "'");
        }
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                char next = inner.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Items of {@code [a, "b", 'c']}; empty when the list is malformed. A trailing comma is allowed, as in YAML. */
    static Optional<List<String>> flowList(String value) {
        if (!value.endsWith("]")) {
            return Optional.empty();
        }
        String inner = value.substring(1, value.length() - 1);
        List<String> items = new ArrayList<>();
        int i = 0;
        int n = inner.length();
        while (true) {
            while (i < n && Character.isWhitespace(inner.charAt(i))) {
                i++;
            }
            if (i == n) {
                // "[]" and "[a, b,]" are fine; "[a, , b]" and "[,]" are not.
                return inner.isBlank() || !items.isEmpty() ? Optional.of(items) : Optional.empty();
            }
            char c = inner.charAt(i);
            String token;
            if (c == '"' || c == '\'') {
                int end = endOfQuoted(inner, i);
                if (end < 0) {
                    return Optional.empty();
                }
                token = unescape(inner.substring(i + 1, end), c);
                i = end + 1;
                while (i < n && Character.isWhitespace(inner.charAt(i))) {
                    i++;
                }
            } else {
                int comma = inner.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                String plain = inner.substring(i, end).strip();
                Optional<String> unquoted = unquote(plain);
                if (plain.isEmpty() || unquoted.isEmpty() || plain.indexOf('[') >= 0 || plain.indexOf(']') >= 0) {
                    return Optional.empty();
                }
                token = unquoted.get();
                i = end;
            }
            if (token.isBlank()) {
                return Optional.empty();
            }
            items.add(token);
            if (i == n) {
                return Optional.of(items);
            }
            if (inner.charAt(i) != ',') {
                return Optional.empty();
            }
            i++;
        }
    }
}
