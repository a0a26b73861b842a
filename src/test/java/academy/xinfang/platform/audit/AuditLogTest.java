package academy.xinfang.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit log's filters on the real schema, on H2 and on MariaDB. */
class AuditLogTest {
    private static final Instant DAY1 = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-11-21T02:00:00Z");

    private static AuditLog at(EntityManager em, Instant when) {
        return new AuditLog(em, TestClock.at(when));
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void filtersByActorActionAndTimeNewestFirst(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(em -> {
                at(em, DAY1).record("admin", AuditAction.USER_CREATED, "zhangsan", "roles=[OFFICER]");
                at(em, DAY1.plusSeconds(60)).record("admin", AuditAction.OFFICERS_IMPORTED, "", "count=30");
                at(em, DAY2).record("li.admin", AuditAction.USER_PASSWORD_RESET, "zhangsan", "");
                at(em, DAY2.plusSeconds(5)).record("admin", AuditAction.DEPARTMENT_CREATED, "T-01", "城关镇");
            });
            List<String> all =
                    db.apply(em -> at(em, DAY2).search(new AuditLog.Filter(null, null, null, null), 0, 10).stream()
                            .map(AuditEvent::getAction)
                            .toList());
            assertThat(all)
                    .containsExactly("DEPARTMENT_CREATED", "USER_PASSWORD_RESET", "OFFICERS_IMPORTED", "USER_CREATED");
            List<String> byAdmin =
                    db.apply(em -> at(em, DAY2).search(new AuditLog.Filter("admin", null, null, null), 0, 10).stream()
                            .map(AuditEvent::getTarget)
                            .toList());
            assertThat(byAdmin).containsExactly("T-01", "", "zhangsan");
            long resets = db.apply(
                    em -> at(em, DAY2).count(new AuditLog.Filter(null, AuditAction.USER_PASSWORD_RESET, null, null)));
            assertThat(resets).isEqualTo(1);
            List<String> dayOne = db.apply(em -> at(em, DAY2)
                    .search(new AuditLog.Filter(null, null, DAY1.minusSeconds(3600), DAY2.minusSeconds(3600)), 0, 10)
                    .stream()
                    .map(AuditEvent::getAction)
                    .toList());
            assertThat(dayOne).containsExactly("OFFICERS_IMPORTED", "USER_CREATED");
            List<String> secondPage =
                    db.apply(em -> at(em, DAY2).search(new AuditLog.Filter(null, null, null, null), 2, 2).stream()
                            .map(AuditEvent::getAction)
                            .toList());
            assertThat(secondPage).containsExactly("OFFICERS_IMPORTED", "USER_CREATED");
            String detail = db.apply(em -> at(em, DAY2)
                    .search(new AuditLog.Filter(null, AuditAction.DEPARTMENT_CREATED, null, null), 0, 1)
                    .get(0)
                    .getDetail());
            assertThat(detail).isEqualTo("城关镇");
        }
    }
}
