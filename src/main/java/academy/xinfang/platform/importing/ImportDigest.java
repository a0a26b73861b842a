package academy.xinfang.platform.importing;

import academy.xinfang.platform.SourceFolder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The fingerprint of everything a startup import reads: the build (a new build may import the same files
 * differently) and, per kind in startup order, each file's name and text. Equal fingerprints mean an import would find
 * every file unchanged. None when a folder could not be read completely: that import must run to report why.
 */
public final class ImportDigest {
    private ImportDigest() {}

    public static Optional<String> of(String build, Map<String, FileSet.Read> readByKind) {
        MessageDigest sha = sha256();
        field(sha, build);
        for (Map.Entry<String, FileSet.Read> kind : readByKind.entrySet()) {
            if (!kind.getValue().problems().isEmpty()) {
                return Optional.empty();
            }
            field(sha, kind.getKey());
            field(sha, Integer.toString(kind.getValue().files().size()));
            for (SourceFolder.SourceFile file : kind.getValue().files()) {
                field(sha, file.name());
                field(sha, file.text());
            }
        }
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    /** Each field with its length first, so that no two different inputs run together into the same bytes. */
    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
