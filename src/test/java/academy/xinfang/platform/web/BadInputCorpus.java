package academy.xinfang.platform.web;

import academy.xinfang.authoring.domain.DocxBombs;
import academy.xinfang.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bad-input corpus: {@code src/test/resources/bad-input/cases.tsv} names, for each case, who sends what where and
 * the answer it must get (status, and the bundle key of the message with its arguments, where it must show). The
 * files it names are beside it. Read by {@link BadInputCorpusIT}; the columns are described in the file's header.
 */
final class BadInputCorpus {
    static final Path DIR = Path.of("src/test/resources/bad-input");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+(?:\\.[A-Za-z]+)?|repeat:[^:}]+:\\d+)}");

    /** One line of the index. */
    record Case(
            String id,
            String role,
            String target,
            String input,
            String name,
            int status,
            String where,
            int line,
            String key,
            List<String> args) {
        @Override
        public String toString() {
            return id;
        }
    }

    private BadInputCorpus() {}

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        List<String> lines = TestFiles.lines(DIR.resolve("cases.tsv"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("case\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 10) {
                throw new IllegalStateException(
                        "cases.tsv:" + (i + 1) + ": 10 columns expected, " + c.length + " found");
            }
            cases.add(new Case(
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    dash(c[4]),
                    Integer.parseInt(c[5]),
                    c[6],
                    c[7].equals("-") ? -1 : Integer.parseInt(c[7]),
                    c[8],
                    c[9].equals("-") || c[9].isEmpty() ? List.of() : Arrays.asList(c[9].split("\\|", -1))));
        }
        long distinct = cases.stream().map(Case::id).distinct().count();
        if (distinct != cases.size()) {
            throw new IllegalStateException("cases.tsv has duplicate case names");
        }
        return cases;
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    /**
     * Replaces {@code {name}} placeholders with the values the test set up ({@code {dept}}, {@code {session.A}} …)
     * and {@code {repeat:x:3}} with {@code xxx}.
     */
    static String expand(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.startsWith("repeat:")) {
                String[] parts = name.split(":");
                value = parts[1].repeat(Integer.parseInt(parts[2]));
            } else {
                value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("unknown placeholder {" + name + "} in " + text);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Percent-decoding of a value written in the index (so that %00 is a NUL), keeping '+' as it is. */
    static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of an input: a file under the corpus folder (placeholders replaced in UTF-8 CSV files; a folder
     * named {@code x.docx} is zipped), {@code gen:<count>:<text>} for the text repeated, or
     * {@code repeat:<file>:<count>} for the file's first line and then its other lines {@code count} times with
     * {@code {n}} numbered, or {@code docx-bomb:expanding|picture|understated} for a Word zip bomb.
     */
    static byte[] bytes(String input, Map<String, String> values) {
        try {
            if (input.startsWith("docx-bomb:")) {
                // built in memory: a 4 GiB picture entry cannot live in the repository
                return switch (input.substring("docx-bomb:".length())) {
                    case "expanding" -> DocxBombs.expandingParts();
                    case "picture" -> DocxBombs.hugeMedia();
                    case "understated" -> DocxBombs.understatedDocument();
                    default -> throw new IllegalArgumentException("no such Word bomb: " + input);
                };
            }
            if (input.startsWith("gen:")) {
                String[] parts = input.split(":", 3);
                return parts[2].repeat(Integer.parseInt(parts[1])).getBytes(StandardCharsets.UTF_8);
            }
            if (input.startsWith("repeat:")) {
                String[] parts = input.split(":", 3);
                List<String> lines = TestFiles.lines(DIR.resolve(parts[1]));
                StringBuilder b = new StringBuilder(lines.get(0)).append('\n');
                for (int n = 1; n <= Integer.parseInt(parts[2]); n++) {
                    for (String l : lines.subList(1, lines.size())) {
                        b.append(expand(l.replace("{n}", String.valueOf(n)), values))
                                .append('\n');
                    }
                }
                return b.toString().getBytes(StandardCharsets.UTF_8);
            }
            Path path = DIR.resolve(input);
            if (Files.isDirectory(path)) {
                return zip(path);
            }
            byte[] raw = TestFiles.bytes(path);
            if (input.endsWith(".csv") && !input.contains(".gbk.") && isUtf8(raw)) {
                return expand(new String(raw, StandardCharsets.UTF_8), values).getBytes(StandardCharsets.UTF_8);
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUtf8(byte[] raw) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A folder as a zip, entries in name order (a .docx kept readable as files in the repository). */
    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                zip.write(TestFiles.bytes(p));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The text of a UTF-8 input, for fields posted as text (pasted speech, editor Markdown). */
    static String text(String input, Map<String, String> values) {
        return new String(bytes(input, values), StandardCharsets.UTF_8);
    }
}
