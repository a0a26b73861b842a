package academy.xinfang.platform.yaml;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Values for YAML that authors will read and edit (module front matter of drafts), emitted by SnakeYAML so that they
 * read back through {@link YamlReader} as the same text: plain when that is unambiguous, quoted when YAML would read
 * something else (a number, a comment, a list ...), and always double-quoted when the value holds an ASCII colon, as
 * content/README.md asks of authors.
 */
public final class YamlWriter {

    private static final Yaml PLAIN = yaml(DumperOptions.ScalarStyle.PLAIN);
    private static final Yaml DOUBLE_QUOTED = yaml(DumperOptions.ScalarStyle.DOUBLE_QUOTED);

    private YamlWriter() {}

    /** One scalar on one line. */
    public static String scalar(String value) {
        return (value.indexOf(':') >= 0 ? DOUBLE_QUOTED : PLAIN).dump(value).strip();
    }

    /** A flow list of scalars, {@code [a, b]}. */
    public static String flowList(List<String> values) {
        return PLAIN.dump(values).strip();
    }

    private static Yaml yaml(DumperOptions.ScalarStyle style) {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(style);
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options);
    }
}
