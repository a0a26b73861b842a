/**
 * Courses and completion tracking: ordered learning paths of modules, quizzes and role-play scenarios read from
 * {@code content/courses/}, their assignment to departments, cohorts and officers, completion and overdue rules,
 * reports and their exports, learning records (xAPI) and certificates. What officers did is asked of the features that
 * own it, through their application layer ({@code ReadingResults}, {@code QuizResults}, {@code RolePlayResults},
 * {@code People}), in a fixed number of aggregate queries per page or report; this feature's repositories read only
 * its own tables.
 */
package academy.xinfang.progress;
