/**
 * Learning modules: the Markdown curriculum in {@code content/}, imported into versions that are rendered once,
 * the catalogue and reader officers use, and reading progress kept per stable section id across versions: a section
 * is read once it has been on a visible reader page for its reading time, timed by the server. Authoring checks and
 * publishes module texts through {@link academy.xinfang.content.application.ModulePublishing}.
 */
package academy.xinfang.content;
