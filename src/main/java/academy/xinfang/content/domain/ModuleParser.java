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
 * Reads one module file (format in content/README.md): YAML front matter ({@link FrontMatter}), then a Markdown body
 * whose {@code ##} headings carry stable ids. The administrator fixes files from the problem list, so the parser
 * never stops at the first problem and never throws on bad input: it reports every problem it can find, each with
 * the file line to go to, and yields a module only when there is none.
 */
public final class ModuleParser {

    /** Module and section ids end up in URLs and in stored reading progress, so they are kept plain. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

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



    /** The state of parsing one file. */
    private static final class Run {
        private final String file;
        private final String original;
        private final List<ImportProblem> problems = new ArrayList<>();
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

            FrontMatter frontMatter = FrontMatter.read(file, lines, closing + 1);
            Optional<FrontMatter.Fields> read = frontMatter.fields();
            problems.addAll(frontMatter.reader().problems());

            int bodyStart = closing + 1;
            List<Section> sections = scanSections(bodyStart);

            if (!problems.isEmpty() || read.isEmpty()) {
                return failed();
            }
            FrontMatter.Fields f = read.get();
            String contentHash = ContentHash.sha256(original);
            ParsedModule module = new ParsedModule(file, f.id(), f.title(), f.summary(), f.objectives(), f.minutes(),
                    f.order(), f.prerequisites(), f.tags(), f.sources(), body(bodyStart), bodyStart + 1, sections,
                    contentHash, f.idLine(), f.prerequisitesLine());
            return new ParseResult(Optional.of(module), List.of());
        }

        private static boolean isDelimiter(String line) {
            return line.stripTrailing().equals("---");
        }

        private String body(int start) {
            return start >= lines.length ? "" : String.join("\n", List.of(lines).subList(start, lines.length));
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
}
