/**
 * The one import pipeline for the files authors write (modules, question banks, scenarios, courses): a feature
 * declares its folder as an {@code ImportSource} and its parse, set check and store as an {@code Importer};
 * {@code ImportStartup} imports every folder at startup in order, {@code ImportService} again when an administrator
 * asks, keeping one {@code ImportReport} per kind. Problems are {@code ImportProblem}s: a file, a line and a bundle
 * key, never fatal.
 */
package academy.xinfang.platform.importing;
