package academy.xinfang.authoring.domain;

import academy.xinfang.testing.TestFiles;
import java.util.List;

/** Test speeches in src/test/resources/authoring-fixtures/. */
final class Fixtures {

    /** The seed speech of a county training class (src/test/resources/seeds/). */
    static final String TRAINING_CLASS = "000_f99291dc47152688.txt";

    private Fixtures() {}

    /** The lead texts of a list's entries. */
    static List<String> leads(Outline.ListBlock list) {
        return list.entries().stream().map(Outline.ListItem::lead).toList();
    }

    static String text(String name) {
        return TestFiles.resource("/authoring-fixtures/" + name);
    }
}
