package academy.xinfang.content.application;

import java.io.Serializable;
import java.util.Set;

/** One officer's view of one module: the shared content plus their own sections read, resume point and time. */
public record ReadingView(ModuleContent content, Set<String> readSections, String lastSection, int secondsSpent)
        implements Serializable {

    public ReadingView {
        readSections = Set.copyOf(readSections);
    }
}
