/**
 * The plain-Java core of learning modules: reading a module file (front matter and {@code ##} sections) into a
 * {@link academy.xinfang.content.domain.ParsedModule}, checking a whole curriculum for broken prerequisite links,
 * and turning module Markdown into sanitised HTML and search text. Problems are reported as bundle keys with file
 * lines, so the administrator can fix the file; nothing here touches the container.
 */
package academy.xinfang.content.domain;
