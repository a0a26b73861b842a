package academy.xinfang.progress.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A course certificate as a one-page A4 landscape PDF. The CJK font is embedded as a subset (only the glyphs used), so
 * the certificate looks the same on any computer or printer and stays small. The font is a TrueType file or collection
 * ({@code .ttf}/{@code .ttc}, for example WenQuanYi Micro Hei from the fonts-wqy-microhei package).
 */
public final class CertificatePdf {

    /** What a certificate says. {@code code} is the canonical verification code. */
    public record Content(String academyName, String holderName, String courseTitle, LocalDate completedOn,
            String code, String verifyUrl) {
        public Content {
            Objects.requireNonNull(holderName, "holderName");
            Objects.requireNonNull(courseTitle, "courseTitle");
            Objects.requireNonNull(completedOn, "completedOn");
            Objects.requireNonNull(code, "code");
        }
    }

    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private CertificatePdf() {}

    public static byte[] render(Content c, Path fontFile) {
        boolean collection = fontFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
        // a collection stays open until the document is saved: the subset is cut from it then
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection fonts = collection ? new TrueTypeCollection(fontFile.toFile()) : null) {
            PDFont font = collection ? PDType0Font.load(doc, first(fonts), true)
                    : PDType0Font.load(doc, fontFile.toFile());
            PDPage page = new PDPage(A4_LANDSCAPE);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.courseTitle() + " 结业证书");
            info.setAuthor(c.academyName());
            float w = A4_LANDSCAPE.getWidth();
            float h = A4_LANDSCAPE.getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setStrokingColor(0.545f, 0.102f, 0.102f); // the academy's red
                out.setLineWidth(4);
                out.addRect(28, 28, w - 56, h - 56);
                out.stroke();
                out.setLineWidth(1);
                out.addRect(38, 38, w - 76, h - 76);
                out.stroke();
                centred(out, font, 20, c.academyName(), w, h - 110);
                centred(out, font, 40, "结业证书", w, h - 175);
                String date = c.completedOn().getYear() + "年" + c.completedOn().getMonthValue() + "月"
                        + c.completedOn().getDayOfMonth() + "日";
                centred(out, font, 22, c.holderName() + " 同志", w, h - 250);
                centred(out, font, 16, "于 " + date + " 完成课程", w, h - 295);
                centred(out, font, 22, "《" + c.courseTitle() + "》", w, h - 335);
                centred(out, font, 16, "全部必修内容，成绩合格，特发此证。", w, h - 380);
                centred(out, font, 12, "证书编号（验证码）：" + VerificationCode.format(c.code()), w, 95);
                if (c.verifyUrl() != null) {
                    centred(out, font, 10, "验证：" + c.verifyUrl(), w, 75);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate with font " + fontFile + ": " + e.getMessage(), e);
        }
    }

    private static TrueTypeFont first(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        fonts.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        if (first[0] == null) {
            throw new IOException("empty font collection");
        }
        return first[0];
    }

    private static void centred(PDPageContentStream out, PDFont font, float size, String text, float pageWidth,
            float y) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset((pageWidth - width) / 2, y);
        out.showText(text);
        out.endText();
    }
}
