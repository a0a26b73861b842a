package academy.xinfang.progress.application;

import academy.xinfang.platform.audit.AuditNames;
import academy.xinfang.progress.domain.Cohort;
import academy.xinfang.progress.persistence.CohortRepository;
import academy.xinfang.progress.persistence.CourseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/** Course titles (in the reader's language) and cohort names for the audit page. */
@ApplicationScoped
public class CourseAuditNames implements AuditNames {
    @Inject
    CourseRepository courses;

    @Inject
    CohortRepository cohorts;

    @Override
    public Optional<String> course(String key, Locale locale) {
        return courses.currentVersion(key)
                .map(v -> "en".equals(locale.getLanguage()) ? v.getTitleEn() : v.getTitleZh());
    }

    @Override
    public Optional<String> cohort(long id) {
        return cohorts.cohort(id).map(Cohort::getName);
    }
}
