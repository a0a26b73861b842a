package academy.xinfang.progress.application;

import java.io.Serializable;
import java.util.List;

/** A cohort with its members' user names, for the admin page. */
public record CohortRow(long id, String name, List<String> members) implements Serializable {
    private static final long serialVersionUID = 1L;
}
