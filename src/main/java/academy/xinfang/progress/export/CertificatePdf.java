package academy.xinfang.progress.export;

import academy.xinfang.progress.domain.VerificationCode;
import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
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

    /**
     * What a certificate says. {@code code} is the canonical verification code; {@code issuer} the issuing unit's
     * name; {@code verifyUrl}, when given, is printed and drawn as a QR code that a phone opens to check the code.
     */
    public record Content(
            String academyName,
            String issuer,
            String holderName,
            String courseTitle,
            LocalDate completedOn,
            String code,
            String verifyUrl) {
        public Content {
            Objects.requireNonNull(holderName, "holderName");
            Objects.requireNonNull(courseTitle, "courseTitle");
            Objects.requireNonNull(completedOn, "completedOn");
            Objects.requireNonNull(code, "code");
        }
    }

    /** The QR code: 90 pt (32 mm, what phone cameras read from arm's length) in the lower right, inside the frame. */
    private static final float QR_SIZE = 90;

    private static final float QR_RIGHT = 62;
    private static final float QR_BOTTOM = 62;

    private static final PDRectangle A4_LANDSCAPE =
            new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private CertificatePdf() {}

    /**
     * @param text the bundle lookup for the certificate's texts ({@code certificate.pdf.*}), key and arguments to text;
     *     certificates are printed in Chinese whatever the officer's page language
     */
    public static byte[] render(Content c, Path fontFile, BiFunction<String, Object[], String> text) {
        boolean collection =
                fontFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        // a collection stays open until the document is saved: the subset is cut from it then
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection fonts = collection ? new TrueTypeCollection(fontFile.toFile()) : null) {
            PDFont font =
                    collection ? PDType0Font.load(doc, first(fonts), true) : PDType0Font.load(doc, fontFile.toFile());
            PDPage page = new PDPage(A4_LANDSCAPE);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(text.apply("certificate.pdf.documentTitle", new Object[] {c.courseTitle()}));
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
                centred(out, font, 40, text.apply("certificate.pdf.heading", new Object[0]), w, h - 175);
                Object[] date = {
                    String.valueOf(c.completedOn().getYear()),
                    c.completedOn().getMonthValue(),
                    c.completedOn().getDayOfMonth()
                };
                centred(out, font, 22, text.apply("certificate.pdf.holder", new Object[] {c.holderName()}), w, h - 250);
                centred(out, font, 16, text.apply("certificate.pdf.completed", date), w, h - 295);
                centred(
                        out,
                        font,
                        22,
                        text.apply("certificate.pdf.course", new Object[] {c.courseTitle()}),
                        w,
                        h - 335);
                centred(out, font, 16, text.apply("certificate.pdf.closing", new Object[0]), w, h - 380);
                if (c.issuer() != null && !c.issuer().isBlank()) {
                    centred(out, font, 16, text.apply("certificate.pdf.issuer", new Object[] {c.issuer()}), w, 150);
                }
                centred(
                        out,
                        font,
                        12,
                        text.apply("certificate.pdf.code", new Object[] {VerificationCode.format(c.code())}),
                        w,
                        95);
                if (c.verifyUrl() != null) {
                    centred(out, font, 10, text.apply("certificate.pdf.verify", new Object[] {c.verifyUrl()}), w, 75);
                    float x = w - QR_RIGHT - QR_SIZE;
                    qr(out, qrCode(c.verifyUrl()), x, QR_BOTTOM, QR_SIZE);
                    String scan = text.apply("certificate.pdf.scan", new Object[0]);
                    float scanWidth = font.getStringWidth(scan) / 1000 * 8;
                    out.beginText();
                    out.setFont(font, 8);
                    out.newLineAtOffset(x + (QR_SIZE - scanWidth) / 2, QR_BOTTOM - 12);
                    out.showText(scan);
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate with font " + fontFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * The QR code of a check address. Error correction level M (15% of the code may be unreadable: a crease or a stamp
     * over a corner) keeps a 100-character address at version 5 or so, large modules at the printed size.
     */
    public static QrCode qrCode(String url) {
        return QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
    }

    /** Draws the dark modules as black squares in a {@code size} square at (x, y); the page around is the quiet zone. */
    private static void qr(PDPageContentStream out, QrCode code, float x, float y, float size) throws IOException {
        float module = size / code.size;
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < code.size; row++) {
            for (int col = 0; col < code.size; col++) {
                if (code.getModule(col, row)) {
                    // PDF's y grows upwards, the code's rows downwards
                    out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
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

    private static void centred(PDPageContentStream out, PDFont font, float size, String text, float pageWidth, float y)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset((pageWidth - width) / 2, y);
        out.showText(text);
        out.endText();
    }
}
