package academy.xinfang.progress.export;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.progress.domain.VerificationCode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

public class CertificatePdfTest {
    private static final String URL = "https://academy.example.cn/verify.xhtml?code=";

    /** Installed by .ci/run (fonts-wqy-microhei) and by the Docker image. */
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    static Path font() {
        if (!Files.isReadable(FONT)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("the CJK font " + FONT + " is required (fonts-wqy-microhei)");
            }
            System.err.println("\n*** CERTIFICATE TESTS SKIPPED: no " + FONT + " (install fonts-wqy-microhei)\n");
            Assumptions.abort("no CJK font");
        }
        return FONT;
    }

    @Test
    void theCertificateCarriesNameCourseDateAndCodeInAnEmbeddedChineseFont() throws Exception {
        String code = VerificationCode.generate(new SplittableRandom(7));
        byte[] pdf = CertificatePdf.render(
                new CertificatePdf.Content(
                        "信访干部网络学院", "城关县信访局", "张晓燕", "新任信访干部入职培训", LocalDate.of(2026, 11, 25), code, URL + code),
                font(),
                (key, args) -> new MessageFormat(
                                ResourceBundle.getBundle(
                                                "academy.xinfang.platform.i18n.messages", Locale.SIMPLIFIED_CHINESE)
                                        .getString(key),
                                Locale.SIMPLIFIED_CHINESE)
                        .format(args));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).as("a subset, not the whole 5 MB font").isLessThan(200_000);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains(
                            "结业证书",
                            "张晓燕同志",
                            "2026年11月25日",
                            "《新任信访干部入职培训》",
                            VerificationCode.format(code),
                            "颁发单位：城关县信访局",
                            "扫描二维码验证证书");
            assertThat(qrCodeOn(doc))
                    .as("what a phone reads from the printed QR code")
                    .isEqualTo(URL + code);
            PDFont font = doc.getPage(0)
                    .getResources()
                    .getFont(doc.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*"); // the subset prefix
        }
    }

    /** The text of the QR code on the page, decoded from the page drawn at 150 dpi, as a camera would see it. */
    public static String qrCodeOn(PDDocument doc) throws Exception {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
