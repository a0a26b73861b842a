/**
 * Learning paths as the pages of other features need them: which courses the caller follows, in which order, and
 * what comes after an item. Courses belong to the progress feature, which itself reads quiz and role-play results;
 * the quiz and role-play pages ask through this interface so that no cycle between features arises.
 */
package academy.xinfang.platform.paths;
