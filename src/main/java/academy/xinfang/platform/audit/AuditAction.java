package academy.xinfang.platform.audit;

/** The administrative actions the audit log records; the page names each through the bundle key audit.action.NAME. */
public enum AuditAction {
    USER_CREATED,
    USER_UPDATED,
    USER_PASSWORD_RESET,
    USER_UNLOCKED,
    OFFICERS_IMPORTED,
    OFFICERS_IMPORT_REFUSED,
    DEPARTMENT_CREATED,
    DEPARTMENT_RENAMED,
    DEPARTMENT_DELETED,
    CONTENT_REIMPORTED,
    BANK_UPLOADED,
    SCENARIOS_REIMPORTED,
    COURSE_ASSIGNED,
    COURSE_UNASSIGNED,
    COHORT_CREATED,
    COHORT_MEMBER_ADDED,
    COHORT_MEMBER_REMOVED
}
