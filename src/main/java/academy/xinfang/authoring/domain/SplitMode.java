package academy.xinfang.authoring.domain;

/** How many drafts one speech becomes: one module for the whole speech, or one per top-level section. */
public enum SplitMode {
    ONE_MODULE,
    PER_TOP_SECTION
}
