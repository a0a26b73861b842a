package academy.xinfang.progress.domain;

import java.time.Instant;

/** One officer's assignment to one course after merging every assignment that reaches them. */
public record Assigned(long userId, String courseKey, Instant start, Instant deadline) {}
