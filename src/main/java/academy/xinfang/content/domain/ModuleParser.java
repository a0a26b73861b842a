package academy.xinfang.content.domain;

import academy.xinfang.platform.ContentHash;
import academy.xinfang.platform.importing.ImportProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private static final char BOM = '\uFEFF';

    private ModuleParser() {}

    /**
     * Never throws on bad input: a file with any problem yields {@code Optional.empty()} and all the problems that
     * can be found, each with its line. The body's source is scanned against {@link MarkdownLimits} and parsed by
     * flexmark for its headings, but its tree is not measured: rendering it ({@link MarkdownRenderer}) may still
     * refuse a module with a {@link MarkdownLimitException}.
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
            // Only the linear scan, which bounds what the heading parse below costs: the parsed tree is measured where
            // the body is rendered (importing, publishing, previewing).
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
            ParsedModule module = new ParsedModule(
                    file,
                    f.id(),
                    f.title(),
                    f.summary(),
                    f.objectives(),
                    f.minutes(),
                    f.order(),
                    f.prerequisites(),
                    f.tags(),
                    f.sources(),
                    body(bodyStart),
                    bodyStart + 1,
                    sections,
                    contentHash,
                    f.idLine(),
                    f.prerequisitesLine());
            return new ParseResult(Optional.of(module), List.of());
        }

        private static boolean isDelimiter(String line) {
            return line.stripTrailing().equals("---");
        }

        private String body(int start) {
            return start >= lines.length ? "" : String.join("\n", List.of(lines).subList(start, lines.length));
        }

        // ---- sections -----------------------------------------------------------------------------------------

        /** The sections of the Markdown from line index {@code start} on, as flexmark reads its headings. */
        private List<Section> scanSections(int start) {
            List<Section> sections = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int topLevelHeadings = 0;
            for (SectionHeadings.Found heading : SectionHeadings.of(MarkdownSyntax.PARSER.parse(body(start)))) {
                int lineNumber = start + heading.heading().getLineNumber() + 1;
                String id = heading.id();
                if (heading.level() == 2) {
                    topLevelHeadings++;
                }
                if (id == null) {
                    if (heading.level() == 2) {
                        problem(lineNumber, "content.sectionWithoutId", heading.title());
                    }
                } else if (!ID.matcher(id).matches()) {
                    problem(lineNumber, "content.badSectionId", id);
                } else if (!seen.add(id)) {
                    problem(lineNumber, "content.duplicateSectionId", id);
                } else {
                    sections.add(new Section(id, heading.title(), heading.level(), lineNumber));
                }
            }
            if (topLevelHeadings == 0) {
                problem(0, "content.noSections");
            }
            return sections;
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
}
