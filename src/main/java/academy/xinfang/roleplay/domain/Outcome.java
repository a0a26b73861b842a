package academy.xinfang.roleplay.domain;

/** How a reception ends. LEVEL_SKIPPING and ESCALATED are failures of the reception and cap the grade. */
public enum Outcome {
    SETTLED,
    REFERRED,
    LEVEL_SKIPPING,
    ESCALATED;

    public boolean isFailure() {
        return this == LEVEL_SKIPPING || this == ESCALATED;
    }
}
