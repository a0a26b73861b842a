/**
 * The plain-Java core of quizzes: reading and writing question banks (GIFT with our metadata conventions, and
 * Aiken), grading one answer, drawing a reproducible quiz from a pool, shuffling options and item analysis.
 * Problems are reported as bundle keys with file lines; nothing here touches the container.
 */
package academy.xinfang.quiz.domain;
