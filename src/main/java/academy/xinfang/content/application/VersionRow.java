package academy.xinfang.content.application;

import java.io.Serializable;
import java.time.Instant;

public record VersionRow(int versionNo, String title, String sourceFile, Instant createdAt, boolean online)
        implements Serializable {}
