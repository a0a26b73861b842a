package academy.xinfang.content.application;

import academy.xinfang.platform.importing.ImportProblem;
import java.io.Serializable;
import java.util.List;

/**
 * The rendered (sanitised) preview of a Markdown module and the problems that would stop it being published;
 * {@code beyondLimits} is the one of them that kept the text from being rendered at all (it could never be shown, so
 * it is not saved either), {@code null} when it rendered.
 */
public record Preview(String html, List<ImportProblem> problems, ImportProblem beyondLimits) implements Serializable {}
