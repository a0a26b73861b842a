package academy.xinfang.platform.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * Names of what audit events refer to by id or key, given by the feature that owns them (departments by accounts,
 * courses and cohorts by progress), so that the audit page can say "城关镇" where the event stored a department id,
 * without the platform reading another feature's tables. A name that is gone (deleted since) is empty.
 */
public interface AuditNames {
    default Optional<String> department(long id) {
        return Optional.empty();
    }

    default Optional<String> course(String key, Locale locale) {
        return Optional.empty();
    }

    default Optional<String> cohort(long id) {
        return Optional.empty();
    }
}
