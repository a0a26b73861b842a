package academy.xinfang.roleplay.domain;

/**
 * How a reception ends. LEVEL_ABOVE, LEVEL_SKIPPING and ESCALATED are failures of the reception and cap the grade.
 *
 * <p>LEVEL_ABOVE: the visitor, having lost confidence here, takes the matter to the body one level up. That is lawful
 * (Article 20 of the 2022 regulations allows a visit to the body of the same level or one level up, and a letter may
 * go to any level), so it is not 越级; the reception still failed to settle the matter locally. LEVEL_SKIPPING is
 * real 越级: a visit that skips a level (a county's visitor going to the province or to Beijing).
 */
public enum Outcome {
    SETTLED,
    REFERRED,
    LEVEL_ABOVE,
    LEVEL_SKIPPING,
    ESCALATED;

    public boolean isFailure() {
        return this == LEVEL_ABOVE || this == LEVEL_SKIPPING || this == ESCALATED;
    }
}
