package academy.xinfang.roleplay.domain;

import java.time.Instant;
import java.util.Map;

/** One finished session, for learning-record exports: qualities by tag name, outcome name or empty. */
public record SessionEvent(
        long userId,
        long sessionId,
        String scenarioKey,
        String title,
        int points,
        Map<String, Integer> qualities,
        String outcome,
        Instant finishedAt) {}
