package academy.xinfang.content.domain;

import java.time.Instant;

/** One officer's reading of one module (the module's current title), for learning-record exports. */
public record ReadingEvent(long userId, String moduleKey, String title, Instant startedAt, Instant completedAt) {}
