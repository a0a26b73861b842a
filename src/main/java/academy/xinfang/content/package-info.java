/**
 * Learning modules: the Markdown curriculum in {@code content/}, imported into versions that are rendered once,
 * the catalogue and reader officers use, and reading progress kept per stable section id across versions.
 */
package academy.xinfang.content;
