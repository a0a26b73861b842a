/**
 * Quizzes: question banks in GIFT (and Aiken) imported from quizzes/ or uploaded by trainers, officers' timed attempts
 * with a per-attempt draw, autosaved answers, grading and review by the bank's policy, and the trainers' item analysis
 * of which questions and choices are answered wrong.
 */
package academy.xinfang.quiz;
