package academy.xinfang.authoring.domain;

import academy.xinfang.testing.TestFiles;

/** Test speeches in src/test/resources/authoring-fixtures/. */
final class Fixtures {

    private Fixtures() {}

    static String text(String name) {
        return TestFiles.resource("/authoring-fixtures/" + name);
    }
}
