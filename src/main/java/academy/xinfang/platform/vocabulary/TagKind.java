package academy.xinfang.platform.vocabulary;

/** The four vocabularies of the glossary a module tag comes from. */
public enum TagKind {
    /** One of the seven qualities (七个方面的综合能力和素质). */
    QUALITY,
    /** One of the six taboos of reception (六忌). */
    TABOO,
    /** A visitor psychology type the module teaches how to receive. */
    VISITOR_TYPE,
    /** One of the six reception attitudes (六心). */
    ATTITUDE
}
