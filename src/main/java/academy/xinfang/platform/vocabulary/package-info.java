/**
 * The vocabulary every feature shares: the tags of the glossary (seven qualities, six taboos, visitor types,
 * reception attitudes). Content, quizzes, role-plays, courses and reports all speak it, so it belongs to none of them.
 */
package academy.xinfang.platform.vocabulary;
