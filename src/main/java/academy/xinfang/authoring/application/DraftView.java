package academy.xinfang.authoring.application;

import academy.xinfang.authoring.domain.ModuleDraft;
import java.io.Serializable;
import java.time.Instant;

/** A draft as the editor shows it, with the version to save against. */
public record DraftView(
        long id,
        String moduleKey,
        Integer baseVersionNo,
        String title,
        String sourceName,
        String originalText,
        String markdown,
        String updatedBy,
        Instant updatedAt,
        Integer publishedVersionNo,
        long version)
        implements Serializable {

    static DraftView of(ModuleDraft d) {
        return new DraftView(
                d.getId(),
                d.getModuleKey(),
                d.getBaseVersionNo(),
                d.getTitle(),
                d.getSourceName(),
                d.getOriginalText(),
                d.getMarkdown(),
                d.getUpdatedBy(),
                d.getUpdatedAt(),
                d.getPublishedVersionNo(),
                d.getVersion());
    }
}
