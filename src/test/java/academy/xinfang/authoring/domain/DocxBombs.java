package academy.xinfang.authoring.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word files built to hurt a reader that trusts the zip, as an attacker (or a broken converter) would send them: small
 * uploads whose parts inflate to tens of megabytes, or whose picture claims gigabytes. Built in memory in well under a
 * second, so unit and server tests can use them.
 */
public final class DocxBombs {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";
    /** Just under the 64 MiB per-part cap the reader had before it counted bytes, so that cap never fired. */
    public static final long EXPANDED_PART_BYTES = 64L * 1024 * 1024 - 1024;
    /** 4095 MiB of zeros: as big as a zip entry gets without the Zip64 format. */
    public static final long MEDIA_BYTES = 4095L * 1024 * 1024;

    private DocxBombs() {}

    /**
     * About 130 KB on disk; word/document.xml and word/styles.xml each inflate to {@link #EXPANDED_PART_BYTES} of
     * well-formed XML: the document is paragraphs of 100,000 Chinese characters each, the styles mostly blanks.
     */
    public static byte[] expandingParts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/styles.xml"));
            repeated(
                    zip,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + W + "\">",
                    "<w:style w:styleId=\"s\"><w:name w:val=\"normal\"/></w:style>" + " ".repeat(1 << 20),
                    "</w:styles>");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            repeated(
                    zip,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>",
                    "<w:p><w:r><w:t>" + "信".repeat(100_000) + "</w:t></w:r></w:p>",
                    "</w:body></w:document>");
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * About 4.2 MB on disk (under the 5 MB upload limit): a short valid document, and before it a picture entry whose
     * deflated data inflates to {@link #MEDIA_BYTES} of zeros, with sizes and CRC all correct, so a reader that walks
     * the zip entry by entry has to inflate the whole picture to get past it.
     */
    public static byte[] hugeMedia() {
        ZipWriter zip = new ZipWriter();
        zip.add("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        zip.addDeflated("word/media/image1.png", zerosDeflated(MEDIA_BYTES), MEDIA_BYTES, crcOfZeros(MEDIA_BYTES));
        zip.add(
                "word/document.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
                                + "\"><w:body><w:p><w:r><w:t>信访工作讲话</w:t></w:r></w:p>"
                                + "<w:p><w:r><w:t>一、热情接待。群众来了要起身让座。</w:t></w:r></w:p></w:body></w:document>")
                        .getBytes(StandardCharsets.UTF_8));
        return zip.bytes();
    }

    /**
     * {@code head}, then {@code unit} as often as it fits, then blanks (harmless XML whitespace) and {@code tail}, to
     * exactly {@link #EXPANDED_PART_BYTES}. Long runs of one character deflate about a thousand to one.
     */
    /**
     * About 70 KB: a word/document.xml that inflates to {@link #EXPANDED_PART_BYTES} (mostly blanks between short
     * paragraphs, so no text budget stops it) while its directory entry and local header claim 2,000 bytes: only
     * counting what really comes out catches it.
     */
    public static byte[] understatedDocument() {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try (OutputStream out = new DeflaterOutputStream(deflated, deflater, 64 * 1024)) {
            repeated(
                    out,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>",
                    "<w:p><w:r><w:t>信</w:t></w:r></w:p>" + " ".repeat(1 << 20),
                    "</w:body></w:document>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deflater.end();
        ZipWriter zip = new ZipWriter();
        zip.add("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        zip.addDeflated("word/document.xml", deflated.toByteArray(), 2_000, 0);
        return zip.bytes();
    }

    /** A .docx of one paragraph of {@code characters} Chinese characters, which deflates to a few kilobytes. */
    public static byte[] longText(int characters) {
        ZipWriter zip = new ZipWriter();
        zip.add("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        zip.add(
                "word/document.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>"
                                + "讲".repeat(characters) + "</w:t></w:r></w:p></w:body></w:document>")
                        .getBytes(StandardCharsets.UTF_8));
        return zip.bytes();
    }

    /** A .docx whose document is {@code documentXml} and which holds a picture of {@code pictureBytes} random bytes. */
    public static byte[] withPicture(String documentXml, int pictureBytes) {
        byte[] picture = new byte[pictureBytes];
        new Random(7).nextBytes(picture);
        ZipWriter zip = new ZipWriter();
        zip.add("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        zip.add("word/media/image1.png", picture);
        zip.add("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        return zip.bytes();
    }

    private static void repeated(OutputStream out, String head, String unit, String tail) throws IOException {
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        long left = EXPANDED_PART_BYTES - headBytes.length - tailBytes.length;
        out.write(headBytes);
        for (; left >= unitBytes.length; left -= unitBytes.length) {
            out.write(unitBytes);
        }
        byte[] blanks = new byte[(int) left];
        Arrays.fill(blanks, (byte) ' ');
        out.write(blanks);
        out.write(tailBytes);
    }

    /**
     * Raw deflate data for {@code size} zeros (a whole number of MiB): one sync-flushed block for a MiB of zeros
     * repeated (its back-references only ever reach zeros), then an empty final block.
     */
    private static byte[] zerosDeflated(long size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1024 * 1024]);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.needsInput()) {
            block.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH));
        }
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            block.write(buffer, 0, n);
        }
        deflater.end();
        Deflater last = new Deflater(Deflater.BEST_COMPRESSION, true);
        last.finish();
        int lastLength = last.deflate(buffer);
        last.end();
        byte[] one = block.toByteArray();
        long blocks = size / (1024 * 1024);
        ByteArrayOutputStream all = new ByteArrayOutputStream((int) (one.length * blocks + lastLength));
        for (long i = 0; i < blocks; i++) {
            all.write(one, 0, one.length);
        }
        all.write(buffer, 0, lastLength);
        return all.toByteArray();
    }

    private static long crcOfZeros(long size) {
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[1024 * 1024];
        for (long left = size; left > 0; left -= zeros.length) {
            crc.update(zeros, 0, (int) Math.min(zeros.length, left));
        }
        return crc.getValue();
    }

    /** A zip written by hand, so an entry can carry data deflated elsewhere; no Zip64, no data descriptors. */
    private static final class ZipWriter {
        private record Written(String name, int method, long crc, long compressed, long size, long offset) {}

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Written> entries = new ArrayList<>();

        void add(String name, byte[] data) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                deflated.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            CRC32 crc = new CRC32();
            crc.update(data);
            addDeflated(name, deflated.toByteArray(), data.length, crc.getValue());
        }

        void addDeflated(String name, byte[] deflated, long size, long crc) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            Written entry = new Written(name, 8, crc, deflated.length, size, out.size());
            ByteBuffer header = little(30 + nameBytes.length);
            header.putInt(0x04034b50)
                    .putShort((short) 20)
                    .putShort((short) 0)
                    .putShort((short) 8)
                    .putShort((short) 0)
                    .putShort((short) 0x21)
                    .putInt((int) crc)
                    .putInt(deflated.length)
                    .putInt((int) size)
                    .putShort((short) nameBytes.length)
                    .putShort((short) 0)
                    .put(nameBytes);
            out.writeBytes(header.array());
            out.writeBytes(deflated);
            entries.add(entry);
        }

        byte[] bytes() {
            long directoryStart = out.size();
            for (Written e : entries) {
                byte[] nameBytes = e.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer header = little(46 + nameBytes.length);
                header.putInt(0x02014b50)
                        .putShort((short) 20)
                        .putShort((short) 20)
                        .putShort((short) 0)
                        .putShort((short) e.method())
                        .putShort((short) 0)
                        .putShort((short) 0x21)
                        .putInt((int) e.crc())
                        .putInt((int) e.compressed())
                        .putInt((int) e.size())
                        .putShort((short) nameBytes.length)
                        .putShort((short) 0)
                        .putShort((short) 0)
                        .putShort((short) 0)
                        .putShort((short) 0)
                        .putInt(0)
                        .putInt((int) e.offset())
                        .put(nameBytes);
                out.writeBytes(header.array());
            }
            long directorySize = out.size() - directoryStart;
            ByteBuffer end = little(22);
            end.putInt(0x06054b50)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) entries.size())
                    .putShort((short) entries.size())
                    .putInt((int) directorySize)
                    .putInt((int) directoryStart)
                    .putShort((short) 0);
            out.writeBytes(end.array());
            return out.toByteArray();
        }

        private static ByteBuffer little(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
