package academy.xinfang.testing;

import org.openqa.selenium.Dimension;

/** The two screens the journeys are checked on: a small phone and a common office laptop. */
public enum Viewport {
    PHONE(360, 740),
    DESKTOP(1366, 768);

    private final int width;
    private final int height;

    Viewport(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public Dimension dimension() {
        return new Dimension(width, height);
    }

    /** How screenshots name it: {@code 360x740}. */
    public String label() {
        return width + "x" + height;
    }
}
