/**
 * The plain-Java core of courses and completion tracking, with no container API, so every rule has a millisecond
 * test:
 *
 * <ul>
 *   <li>{@link academy.xinfang.progress.domain.CourseLoader} reads a course file (format in
 *       {@code content/courses/README.md}) and reports every problem with its file and line;
 *       {@link academy.xinfang.progress.domain.CourseValidator} checks the order of the path and that each item
 *       names a module, bank or scenario that exists.
 *   <li>{@link academy.xinfang.progress.domain.CourseProgress} turns what an officer has done into a status per
 *       item (locked, available, in progress, done), the next item, a percentage and completion or overdue.
 *   <li>{@link academy.xinfang.progress.domain.AssignmentScope} decides who a course is assigned to: an
 *       assignment to a department reaches every department below it.
 *   <li>{@link academy.xinfang.progress.domain.VerificationCode} makes and checks the code printed on a certificate.
 * </ul>
 */
package academy.xinfang.progress.domain;
