package academy.xinfang.authoring.application;

import academy.xinfang.content.domain.ContentProblem;
import java.io.Serializable;
import java.util.List;

/** The rendered (sanitised) preview of a Markdown module and the problems that would stop it being published. */
public record Preview(String html, List<ContentProblem> problems) implements Serializable {}
