package academy.xinfang.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Audit events in words, in Chinese from the real bundle, with the details as the services store them. */
class AuditTextTest {

    private static final ResourceBundle ZH =
            ResourceBundle.getBundle("academy.xinfang.platform.i18n.messages", Locale.SIMPLIFIED_CHINESE);

    private static final AuditText.Lookup LOOKUP = new AuditText.Lookup() {
        @Override
        public String text(String key, Object... arguments) {
            try {
                return new MessageFormat(ZH.getString(key), Locale.SIMPLIFIED_CHINESE).format(arguments);
            } catch (MissingResourceException e) {
                return "??" + key + "??";
            }
        }

        @Override
        public Optional<String> department(long id) {
            return id == 12 ? Optional.of("城关镇") : Optional.empty();
        }

        @Override
        public Optional<String> course(String key) {
            return key.equals("induction") ? Optional.of("入职培训") : Optional.empty();
        }

        @Override
        public Optional<String> cohort(long id) {
            return id == 5 ? Optional.of("2026 春季班") : Optional.empty();
        }
    };

    /** One event of every action, stored as its service writes it. */
    private static final Map<AuditAction, String[]> STORED = new EnumMap<>(AuditAction.class);

    static {
        STORED.put(
                AuditAction.USER_CREATED, new String[] {"zhang", "roles=[OFFICER, TRAINER] mustChangePassword=true"});
        STORED.put(AuditAction.USER_UPDATED, new String[] {"zhang", "roles=[ADMIN] enabled=false"});
        STORED.put(AuditAction.USER_PASSWORD_RESET, new String[] {"zhang", ""});
        STORED.put(AuditAction.USER_UNLOCKED, new String[] {"zhang", "wasLocked=true"});
        STORED.put(AuditAction.OFFICERS_IMPORTED, new String[] {"", "count=3 usernames=a,b,c"});
        STORED.put(AuditAction.OFFICERS_IMPORT_REFUSED, new String[] {"", "errors=2"});
        STORED.put(AuditAction.DEPARTMENT_CREATED, new String[] {"CGZ", "城关镇"});
        STORED.put(AuditAction.DEPARTMENT_RENAMED, new String[] {"CGZ", "城关镇 → 城关街道"});
        STORED.put(AuditAction.DEPARTMENT_DELETED, new String[] {"CGZ", "城关镇"});
        STORED.put(AuditAction.CONTENT_REIMPORTED, new String[] {"content", "added=1 updated=2 refused=0"});
        STORED.put(AuditAction.BANK_UPLOADED, new String[] {"six-taboos", "six-taboos.gift ADDED questions=12"});
        STORED.put(AuditAction.SCENARIOS_REIMPORTED, new String[] {"quizzes/scenarios", "added=0 updated=1 refused=0"});
        STORED.put(AuditAction.COURSE_ASSIGNED, new String[] {"induction", "DEPARTMENT 12 2026-01-01–2026-11-30"});
        STORED.put(AuditAction.COURSE_UNASSIGNED, new String[] {"induction", "assignment 7"});
        STORED.put(AuditAction.COHORT_CREATED, new String[] {"2026 春季班", ""});
        STORED.put(AuditAction.COHORT_MEMBER_ADDED, new String[] {"2026 春季班", "zhang"});
        STORED.put(AuditAction.COHORT_MEMBER_REMOVED, new String[] {"2026 春季班", "zhang"});
    }

    private static String words(AuditAction action, String target, String detail) {
        return AuditText.describe(action.name(), target, detail, LOOKUP);
    }

    @Test
    void everyActionReadsAsASentenceWithoutRawKeysOrPlaceholders() {
        assertThat(STORED).as("a stored example of every action").hasSize(AuditAction.values().length);
        for (AuditAction action : AuditAction.values()) {
            String[] stored = STORED.get(action);
            String text = words(action, stored[0], stored[1]);
            assertThat(text)
                    .as(action.name())
                    .doesNotContain("??", "{", "=", action.name(), " · ")
                    .isNotBlank();
        }
    }

    @Test
    void anAssignmentNamesTheDepartmentTheCourseAndTheDeadline() {
        assertThat(words(AuditAction.COURSE_ASSIGNED, "induction", "DEPARTMENT 12 2026-01-01–2026-11-30"))
                .isEqualTo("给 城关镇 分配课程 入职培训，截止 2026-11-30（2026-01-01 开始）");
        assertThat(words(AuditAction.COURSE_ASSIGNED, "induction", "OFFICER zhang 2026-01-01–"))
                .isEqualTo("给 zhang 分配课程 入职培训，2026-01-01 开始，不设截止日期");
        assertThat(words(AuditAction.COURSE_ASSIGNED, "induction", "COHORT 5 2026-01-01–2026-03-01"))
                .startsWith("给 学习班 2026 春季班 分配课程 入职培训");
        assertThat(words(AuditAction.COURSE_ASSIGNED, "gone", "DEPARTMENT 99 2026-01-01–2026-03-01"))
                .as("a department or course deleted since is still named by what is known")
                .isEqualTo("给 编号为 99 的部门 分配课程 gone，截止 2026-03-01（2026-01-01 开始）");
    }

    @Test
    void usersAndRenamesSayWhatChanged() {
        assertThat(words(AuditAction.USER_CREATED, "zhang", "roles=[OFFICER, TRAINER] mustChangePassword=true"))
                .isEqualTo("新建用户 zhang，角色：学员、培训师");
        assertThat(words(AuditAction.USER_UPDATED, "zhang", "roles=[ADMIN] enabled=false"))
                .isEqualTo("修改用户 zhang：角色 管理员，已停用");
        assertThat(words(AuditAction.DEPARTMENT_RENAMED, "CGZ", "城关镇 → 城关街道")).isEqualTo("将部门 城关镇 改名为 城关街道（编码 CGZ）");
        assertThat(words(AuditAction.DEPARTMENT_RENAMED, "CGZ", "城关街道"))
                .as("renames recorded before the old name was kept")
                .isEqualTo("将编码为 CGZ 的部门改名为 城关街道");
    }

    @Test
    void dataInAnUnexpectedShapeOrAnUnknownActionFallsBackToTheRawText() {
        assertThat(words(AuditAction.COURSE_ASSIGNED, "induction", "something else"))
                .isEqualTo("分配课程 · induction · something else");
        assertThat(AuditText.describe("SOMETHING_NEW", "x", "y=1", LOOKUP)).isEqualTo("SOMETHING_NEW · x · y=1");
        assertThat(words(AuditAction.USER_UPDATED, "zhang", null)).isEqualTo("修改用户 · zhang");
    }
}
