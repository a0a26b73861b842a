package academy.xinfang.authoring.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * The entries of a zip archive held in memory, read from its central directory (the index at the end of the file).
 * A part is inflated only when asked for: a reader that walks the archive entry by entry, as {@code ZipInputStream}
 * does, has to inflate every picture on its way to the text, and one picture that claimed 4 GiB cost 20 seconds of
 * CPU. Sizes in the directory are what the archive claims; callers count what really comes out.
 */
final class ZipDirectory {

    /** A file in the archive as its directory entry describes it. */
    record Entry(String name, int method, int flags, long compressedSize, long size, long localHeaderOffset) {}

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP64_END_LOCATOR = 0x07064b50;
    private static final int ZIP64_END_OF_DIRECTORY = 0x06064b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final long UNKNOWN_32 = 0xFFFFFFFFL;

    private final byte[] zip;
    private final List<Entry> entries;

    private ZipDirectory(byte[] zip, List<Entry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /**
     * @param maxEntries more entries than this is refused before any is read
     * @throws ZipException when the bytes are not a readable zip archive (or have too many entries)
     */
    static ZipDirectory read(byte[] zip, int maxEntries) throws ZipException {
        try {
            return parse(zip, maxEntries);
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            throw new ZipException("offset outside the archive: " + e.getMessage());
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The first entry of that name. */
    Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The inflated bytes of an entry, read from the archive in memory as they are consumed. */
    InputStream open(Entry entry) throws ZipException {
        try {
            int local = Math.toIntExact(entry.localHeaderOffset());
            if (u32(local) != LOCAL_HEADER) {
                throw new ZipException("no local header for " + entry.name());
            }
            int data = local + 30 + u16(local + 26) + u16(local + 28);
            int length = Math.toIntExact(entry.compressedSize());
            if (data < 0 || length < 0 || data + length > zip.length || data + length < data) {
                throw new ZipException("data of " + entry.name() + " outside the archive");
            }
            if ((entry.flags() & 1) != 0) {
                throw new ZipException("encrypted entry " + entry.name());
            }
            InputStream compressed = new ByteArrayInputStream(zip, data, length);
            return switch (entry.method()) {
                case 0 -> compressed;
                // raw deflate wants one byte past the data at its very end, as java.util.zip.ZipFile gives it
                case 8 ->
                    new InflaterInputStream(
                            new SequenceInputStream(compressed, new ByteArrayInputStream(new byte[1])),
                            new Inflater(true));
                default -> throw new ZipException("compression method " + entry.method() + " of " + entry.name());
            };
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            throw new ZipException("offset outside the archive: " + e.getMessage());
        }
    }

    private static ZipDirectory parse(byte[] zip, int maxEntries) throws ZipException {
        ZipDirectory reader = new ZipDirectory(zip, List.of());
        int end = reader.endOfDirectory();
        long count = reader.u16(end + 10);
        long offset = reader.u32(end + 16);
        if (count == 0xFFFF || offset == UNKNOWN_32) {
            int locator = end - 20;
            if (locator < 0 || reader.u32(locator) != ZIP64_END_LOCATOR) {
                throw new ZipException("Zip64 end of central directory missing");
            }
            int zip64End = Math.toIntExact(reader.u64(locator + 8));
            if (reader.u32(zip64End) != ZIP64_END_OF_DIRECTORY) {
                throw new ZipException("bad Zip64 end of central directory");
            }
            count = reader.u64(zip64End + 32);
            offset = reader.u64(zip64End + 48);
        }
        if (count > maxEntries) {
            throw new ZipException("too many entries: " + count);
        }
        List<Entry> entries = new ArrayList<>();
        int at = Math.toIntExact(offset);
        for (long i = 0; i < count; i++) {
            if (reader.u32(at) != DIRECTORY_ENTRY) {
                throw new ZipException("bad central directory entry " + i);
            }
            int flags = reader.u16(at + 8);
            int method = reader.u16(at + 10);
            long compressed = reader.u32(at + 20);
            long size = reader.u32(at + 24);
            int nameLength = reader.u16(at + 28);
            int extraLength = reader.u16(at + 30);
            int commentLength = reader.u16(at + 32);
            long local = reader.u32(at + 42);
            int nameStart = at + 46;
            if (nameStart + nameLength > zip.length) {
                throw new ZipException("entry name outside the archive");
            }
            String name = new String(
                    zip,
                    nameStart,
                    nameLength,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            // Zip64: the fields written as FFFFFFFF follow in this order in the extra field with tag 1
            if (size == UNKNOWN_32 || compressed == UNKNOWN_32 || local == UNKNOWN_32) {
                int extra = nameStart + nameLength;
                int extraEnd = extra + extraLength;
                while (extra + 4 <= extraEnd) {
                    int tag = reader.u16(extra);
                    int length = reader.u16(extra + 2);
                    if (tag == 1) {
                        int field = extra + 4;
                        if (size == UNKNOWN_32) {
                            size = reader.u64(field);
                            field += 8;
                        }
                        if (compressed == UNKNOWN_32) {
                            compressed = reader.u64(field);
                            field += 8;
                        }
                        if (local == UNKNOWN_32) {
                            local = reader.u64(field);
                        }
                        break;
                    }
                    extra += 4 + length;
                }
            }
            if (size < 0 || compressed < 0 || local < 0) {
                throw new ZipException("negative size in entry " + name);
            }
            entries.add(new Entry(name, method, flags, compressed, size, local));
            at = nameStart + nameLength + extraLength + commentLength;
        }
        return new ZipDirectory(zip, List.copyOf(entries));
    }

    /** The end-of-directory record: the last 22 bytes, or earlier when the archive has a comment (up to 64 KiB). */
    private int endOfDirectory() throws ZipException {
        for (int at = zip.length - 22; at >= 0 && at >= zip.length - 22 - 0xFFFF; at--) {
            if (u32(at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        throw new ZipException("no end of central directory");
    }

    private int u16(int at) {
        return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
    }

    private long u32(int at) {
        return (u16(at) | (long) u16(at + 2) << 16) & UNKNOWN_32;
    }

    private long u64(int at) {
        return u32(at) | u32(at + 4) << 32;
    }
}
