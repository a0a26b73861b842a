package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SpeechFile#read}: the formats trainers upload, and clear refusals for everything else. */
class SpeechFileTest {

    private static final String SPEECH = "信访工作讲话\n一、提高认识\n接待群众要热心。";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void utf8TextIsReadAsUtf8() {
        SpeechFile.Decoded decoded = SpeechFile.read("讲话.txt", SPEECH.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded).isEqualTo(new SpeechFile.Decoded(SPEECH, "UTF-8", "txt"));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = concat(bom, SPEECH.getBytes(StandardCharsets.UTF_8));
        SpeechFile.Decoded decoded = SpeechFile.read("speech.TXT", bytes);
        assertThat(decoded.text()).isEqualTo(SPEECH);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void gbkBytesAreReadAsGb18030() {
        byte[] gbk = SPEECH.getBytes(Charset.forName("GBK"));
        SpeechFile.Decoded decoded = SpeechFile.read("speech.txt", gbk);
        assertThat(decoded.text()).isEqualTo(SPEECH);
        assertThat(decoded.charset()).isEqualTo("GB18030");
    }

    @Test
    void markdownFileIsDecodedLikeText() {
        byte[] gbk = "# 标题\n\n正文。".getBytes(Charset.forName("GB18030"));
        SpeechFile.Decoded decoded = SpeechFile.read("notes.md", gbk);
        assertThat(decoded).isEqualTo(new SpeechFile.Decoded("# 标题\n\n正文。", "GB18030", "md"));
    }

    @Test
    void asciiOnlyTextCountsAsUtf8() {
        assertThat(SpeechFile.read("a.txt", "plain text".getBytes(StandardCharsets.US_ASCII))
                        .charset())
                .isEqualTo("UTF-8");
    }

    @Test
    void utf16WithByteOrderMarkIsReadAsSuch() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SPEECH.getBytes(StandardCharsets.UTF_16LE));
        SpeechFile.Decoded decoded = SpeechFile.read("speech.txt", bytes);
        assertThat(decoded.text()).isEqualTo(SPEECH);
        assertThat(decoded.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void docxParagraphsBecomeLines() throws IOException {
        byte[] docx = docx(
                document(
                        paragraph("信访工作讲话"),
                        paragraph("一、提高认识"),
                        "<w:p><w:r><w:t>接待群众</w:t></w:r><w:r><w:t xml:space=\"preserve\">要热心。</w:t></w:r></w:p>"),
                null);
        SpeechFile.Decoded decoded = SpeechFile.read("讲话.docx", docx);
        assertThat(decoded.format()).isEqualTo("docx");
        assertThat(decoded.text().strip()).isEqualTo(SPEECH);
    }

    @Test
    void docxDeletedTextAndFieldCodesAreLeftOut() throws IOException {
        byte[] docx = docx(
                document("<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
                        + "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:tab/><w:t>文字</w:t></w:r></w:p>"),
                null);
        assertThat(SpeechFile.read("a.docx", docx).text().strip()).isEqualTo("保留 文字");
    }

    @Test
    void docxHeadingStylesAreMarkedAsHeadingsSoTheOutlineKeepsThem() throws IOException {
        String styles = "<w:styles xmlns:w=\"" + W + "\"><w:style w:type=\"paragraph\" w:styleId=\"1\">"
                + "<w:name w:val=\"heading 1\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Title\">"
                + "<w:name w:val=\"Title\"/></w:style></w:styles>";
        byte[] docx = docx(
                document(
                        styled("Title", "接访要点"),
                        styled("1", "热情接待"),
                        paragraph("正文一。"),
                        styled("1", "耐心解释"),
                        paragraph("正文二。")),
                styles);
        String text = SpeechFile.read("a.docx", docx).text();
        assertThat(text).contains("# 接访要点\n", "## 热情接待\n", "## 耐心解释\n");
        Outline outline = SpeechConverter.outline(SpeechConverter.clean(text));
        assertThat(outline.title()).isEqualTo("接访要点");
        assertThat(outline.headings(1)).containsExactly("热情接待", "耐心解释");
    }

    @Test
    void docxWithAnExternalEntityDoesNotReadLocalFiles() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + W
                + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = docx(xml, null);
        refused(() -> SpeechFile.read("a.docx", docx), "authoring.file.badDocx");
    }

    @Test
    void docxWhosePartsInflateToTensOfMegabytesIsRefusedEarlyWithoutFillingTheHeap() {
        byte[] bomb = DocxBombs.expandingParts();
        assertThat(bomb.length).isLessThan(200 * 1024);
        long allocated =
                allocatedBy(() -> refused(() -> SpeechFile.read("讲话.docx", bomb), "authoring.file.docxTooLarge"));
        // the refusal comes after reading at most the budget, never after holding the 2 x 64 MiB of the parts
        assertThat(allocated).isLessThan(48L * 1024 * 1024);
    }

    @Test
    void docxWithAPictureThatClaimsGigabytesIsRefusedWithoutInflatingIt() {
        byte[] bomb = DocxBombs.hugeMedia();
        assertThat(bomb.length).isLessThan(SpeechFile.MAX_BYTES);
        long started = System.nanoTime();
        refused(() -> SpeechFile.read("讲话.docx", bomb), "authoring.file.docxBomb");
        // inflating the picture takes 20 s; reading the zip's directory takes milliseconds
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }

    @Test
    void docxWhoseDirectoryUnderstatesItsDocumentIsStoppedByCountingWhatComesOut() {
        byte[] bomb = DocxBombs.understatedDocument();
        long allocated =
                allocatedBy(() -> refused(() -> SpeechFile.read("讲话.docx", bomb), "authoring.file.docxTooLarge"));
        assertThat(allocated).isLessThan(48L * 1024 * 1024);
    }

    @Test
    void docxWithMoreTextThanTheConverterTakesIsRefusedBeforeItIsHeldWhole() {
        byte[] docx = DocxBombs.longText(SpeechConverter.MAX_CHARS * 10);
        long allocated = allocatedBy(() -> assertThatThrownBy(() -> SpeechFile.read("讲话.docx", docx))
                .isInstanceOfSatisfying(SpeechFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("authoring.text.tooLong");
                    assertThat(e.arguments()).containsExactly(SpeechConverter.MAX_CHARS);
                }));
        // the two million characters take 4 MB as a Java string; reading stops at the first 200,000
        assertThat(allocated).isLessThan(24L * 1024 * 1024);
        assertThat(SpeechFile.read("讲话.docx", DocxBombs.longText(SpeechConverter.MAX_CHARS))
                        .text()
                        .strip())
                .hasSize(SpeechConverter.MAX_CHARS);
    }

    @Test
    void aPictureIsSkippedWithoutBeingInflatedAndTheTextStillReads() {
        byte[] docx = DocxBombs.withPicture(document(paragraph("配图的讲话")), 2 * 1024 * 1024);
        assertThat(SpeechFile.read("a.docx", docx).text().strip()).isEqualTo("配图的讲话");
    }

    @Test
    void docxWithABillionLaughsIsRefusedWithoutExpandingIt() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a")
                    .append(i)
                    .append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [" + entities + "]>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body>"
                + "</w:document>";
        byte[] docx = docx(xml, null);
        refused(() -> SpeechFile.read("a.docx", docx), "authoring.file.badDocx");
    }

    @Test
    void corruptDocxIsRefused() throws IOException {
        byte[] docx = docx(document(paragraph("正文")), null);
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        refused(() -> SpeechFile.read("a.docx", truncated), "authoring.file.badDocx");
        refused(() -> SpeechFile.read("a.docx", "不是压缩文件".getBytes(StandardCharsets.UTF_8)), "authoring.file.badDocx");
    }

    @Test
    void docxWithoutDocumentPartOrWithBrokenXmlIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        refused(() -> SpeechFile.read("a.docx", out.toByteArray()), "authoring.file.badDocx");
        byte[] broken = docx("<w:document xmlns:w=\"" + W + "\"><w:body><w:p>", null);
        refused(() -> SpeechFile.read("a.docx", broken), "authoring.file.badDocx");
    }

    @Test
    void docxWithoutAnyTextIsRefusedAsEmpty() throws IOException {
        byte[] docx = docx(document("<w:p/>", paragraph(" ")), null);
        refused(() -> SpeechFile.read("a.docx", docx), "authoring.file.empty");
    }

    @Test
    void emptyFileIsRefused() {
        refused(() -> SpeechFile.read("a.txt", new byte[0]), "authoring.file.empty");
        refused(() -> SpeechFile.read("a.txt", null), "authoring.file.empty");
        refused(() -> SpeechFile.read("a.txt", "  \n ".getBytes(StandardCharsets.UTF_8)), "authoring.file.empty");
    }

    @Test
    void fileLargerThanFiveMegabytesIsRefusedWithTheLimitInMegabytes() {
        byte[] large = new byte[SpeechFile.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'a');
        assertThatThrownBy(() -> SpeechFile.read("a.txt", large))
                .isInstanceOfSatisfying(SpeechFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("authoring.file.tooLarge");
                    assertThat(e.arguments()).containsExactly(5);
                });
        byte[] limit = Arrays.copyOf(large, SpeechFile.MAX_BYTES);
        assertThat(SpeechFile.read("a.txt", limit).text()).hasSize(SpeechFile.MAX_BYTES);
    }

    @Test
    void binaryBytesInATextFileAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        refused(() -> SpeechFile.read("picture.txt", png), "authoring.file.binary");
        byte[] noNul = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07};
        refused(() -> SpeechFile.read("data.md", noNul), "authoring.file.binary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"讲话.pdf", "讲话.doc", "archive.zip", "noextension", "dir.txt/file"})
    void otherExtensionsAreRefusedNamingTheExtension(String name) {
        assertThatThrownBy(() -> SpeechFile.read(name, SPEECH.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SpeechFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("authoring.file.unsupported");
                    String extension = name.contains(".") && !name.endsWith("/file")
                            ? name.substring(name.lastIndexOf('.'))
                            : name;
                    assertThat(e.arguments()).containsExactly(extension);
                });
    }

    @Test
    void decodedFileConvertsIntoADraft() {
        SpeechFile.Decoded decoded = SpeechFile.read("speech.txt", SPEECH.getBytes(Charset.forName("GBK")));
        Draft draft = SpeechConverter.convert(decoded.text(), "speech.txt", SplitMode.ONE_MODULE)
                .get(0);
        assertThat(draft.title()).isEqualTo("信访工作讲话");
        assertThat(draft.markdown()).contains("## 提高认识 {#s1}");
    }

    // ---- building .docx files -----------------------------------------------------------------------------------

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SpeechFileException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    /** Bytes the current thread allocated while running {@code work}: the heap an upload costs. */
    private static long allocatedBy(Runnable work) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String styled(String style, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String document(String... paragraphs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body>"
                + String.join("", paragraphs) + "</w:body></w:document>";
    }

    /** A minimal .docx: content types, and word/document.xml (plus word/styles.xml when given). */
    static byte[] docx(String documentXml, String stylesXml) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/></Types>");
        parts.put("word/document.xml", documentXml);
        if (stylesXml != null) {
            parts.put("word/styles.xml", stylesXml);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
