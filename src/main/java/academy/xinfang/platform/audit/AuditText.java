package academy.xinfang.platform.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit event in words ("给 城关镇 分配课程 入职培训，截止 2026-11-30"), read back from what the services stored in
 * {@code target} and {@code detail} and written through the bundle pattern {@code audit.text.ACTION}. The stored text
 * never changes, so an event whose data does not read as expected (an older format, an action this version does not
 * know) falls back to its action's name followed by the raw target and detail: readable, never an error.
 */
public final class AuditText {

    /** Bundle texts and the names of the things events refer to by id or key; a name not found is empty. */
    public interface Lookup {
        String text(String key, Object... arguments);

        Optional<String> department(long id);

        Optional<String> course(String key);

        Optional<String> cohort(long id);
    }

    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\\[[^\\]]*\\]|\\S+)");
    private static final Pattern ASSIGNED =
            Pattern.compile("(DEPARTMENT|COHORT|OFFICER) (\\S+) (\\d{4}-\\d{2}-\\d{2})[–-](\\d{4}-\\d{2}-\\d{2})?");
    private static final Pattern UPLOADED = Pattern.compile("(.+) (\\w+) questions=(\\d+)");
    private static final Pattern UNASSIGNED = Pattern.compile("assignment (\\d+)");

    private AuditText() {}

    public static String describe(String action, String target, String detail, Lookup lookup) {
        String t = target == null ? "" : target;
        String d = detail == null ? "" : detail;
        try {
            String words = words(action, t, d, lookup);
            if (words != null) {
                return words;
            }
        } catch (RuntimeException unreadable) {
            // stored by an older version in another shape: shown as it is below
        }
        return fallback(action, t, d, lookup);
    }

    private static String words(String action, String t, String d, Lookup l) {
        Map<String, String> pairs = pairs(d);
        String key = "audit.text." + action;
        switch (action) {
            case "USER_CREATED":
                return pairs.containsKey("roles") ? l.text(key, t, roles(pairs.get("roles"), l)) : null;
            case "USER_UPDATED":
                if (!pairs.containsKey("roles") || !pairs.containsKey("enabled")) {
                    return null;
                }
                return l.text(
                        key,
                        t,
                        roles(pairs.get("roles"), l),
                        l.text(Boolean.parseBoolean(pairs.get("enabled")) ? "user.enabled" : "user.disabled"));
            case "USER_PASSWORD_RESET", "USER_UNLOCKED", "COHORT_CREATED":
                return l.text(key, t);
            case "OFFICERS_IMPORTED":
                return pairs.containsKey("count") ? l.text(key, pairs.get("count")) : null;
            case "OFFICERS_IMPORT_REFUSED":
                return pairs.containsKey("errors") ? l.text(key, pairs.get("errors")) : null;
            case "DEPARTMENT_CREATED", "DEPARTMENT_DELETED":
                return l.text(key, t, d);
            case "DEPARTMENT_RENAMED": {
                int arrow = d.indexOf(AuditLog.RENAMED);
                return arrow < 0
                        ? l.text(key + ".to", t, d)
                        : l.text(key, t, d.substring(0, arrow), d.substring(arrow + AuditLog.RENAMED.length()));
            }
            case "CONTENT_REIMPORTED", "SCENARIOS_REIMPORTED":
                if (!pairs.containsKey("added") || !pairs.containsKey("updated") || !pairs.containsKey("refused")) {
                    return null;
                }
                return l.text(
                        "audit.text.reimported", t, pairs.get("added"), pairs.get("updated"), pairs.get("refused"));
            case "BANK_UPLOADED": {
                Matcher m = UPLOADED.matcher(d);
                return m.matches() ? l.text(key, t, m.group(1), m.group(3)) : null;
            }
            case "COURSE_ASSIGNED": {
                Matcher m = ASSIGNED.matcher(d);
                if (!m.matches()) {
                    return null;
                }
                String whom = switch (m.group(1)) {
                    case "DEPARTMENT" ->
                        l.department(Long.parseLong(m.group(2)))
                                .orElseGet(() -> l.text("audit.text.departmentId", m.group(2)));
                    case "COHORT" ->
                        l.text(
                                "audit.text.cohortNamed",
                                l.cohort(Long.parseLong(m.group(2))).orElse(m.group(2)));
                    default -> m.group(2);
                };
                String course = l.course(t).orElse(t);
                return m.group(4) == null
                        ? l.text(key + ".open", whom, course, m.group(3))
                        : l.text(key, whom, course, m.group(4), m.group(3));
            }
            case "COURSE_UNASSIGNED": {
                Matcher m = UNASSIGNED.matcher(d);
                return m.matches() ? l.text(key, l.course(t).orElse(t), m.group(1)) : null;
            }
            case "COHORT_MEMBER_ADDED", "COHORT_MEMBER_REMOVED":
                return d.isBlank() ? null : l.text(key, t, d);
            default:
                return null;
        }
    }

    private static String fallback(String action, String t, String d, Lookup l) {
        String name = l.text("audit.action." + action);
        List<String> parts = new ArrayList<>();
        parts.add(name.startsWith("??") ? action : name);
        if (!t.isBlank()) {
            parts.add(t);
        }
        if (!d.isBlank()) {
            parts.add(d);
        }
        return String.join(" · ", parts);
    }

    /** {@code [OFFICER, TRAINER]} as the roles' names in the reader's language. */
    private static String roles(String list, Lookup l) {
        String inner = list.replace("[", "").replace("]", "").strip();
        if (inner.isEmpty()) {
            return l.text("audit.text.noRoles");
        }
        List<String> names = new ArrayList<>();
        for (String role : inner.split(",")) {
            names.add(l.text("role." + role.strip()));
        }
        return String.join(l.text("audit.text.listSeparator"), names);
    }

    private static Map<String, String> pairs(String detail) {
        Map<String, String> pairs = new HashMap<>();
        Matcher m = PAIR.matcher(detail);
        while (m.find()) {
            pairs.put(m.group(1), m.group(2));
        }
        return pairs;
    }
}
