/**
 * Courses and completion tracking: ordered learning paths of modules, quizzes and role-play scenarios read from
 * {@code content/courses/}, their assignment to departments, cohorts and officers, completion and overdue rules,
 * reports and their exports, learning records (xAPI) and certificates.
 */
package academy.xinfang.progress;
