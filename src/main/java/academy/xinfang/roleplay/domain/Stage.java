package academy.xinfang.roleplay.domain;

/** The stage of a reception a node belongs to, in the order a reception usually runs. */
public enum Stage {
    RECEIVING,
    LISTENING,
    FACT_FINDING,
    EXPLAINING_POLICY,
    ANSWERING,
    FOLLOW_UP
}
