package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;

/** The scores one officer got for one quality over their finished sessions: sum and number of sessions. */
public record QualityTotal(long userId, Tag quality, double scoreSum, long sessions) {}
