package academy.xinfang.authoring.domain;

/** Why a draft may not be published over the module online; the key is the refusal's bundle message. */
public enum PublishConflict {
    /** The draft's id belongs to another module: publishing would replace someone else's module. */
    ID_TAKEN("authoring.idTaken"),
    /** The module got a version the draft did not start from: publishing would drop that version's changes. */
    PUBLISHED_SINCE("authoring.conflict.published");

    private final String key;

    PublishConflict(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
