package academy.xinfang.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;

/**
 * Test data made the way an administrator makes it: through the admin pages of a running server. Names carry a
 * random suffix so that tests sharing one server never collide.
 */
public final class Fixtures implements AutoCloseable {
    /** Every fixture user's password; not on the common-password list ("Passw0rd2026" was). */
    public static final String PASSWORD = "Fixture2026pw";

    private final Browser admin;

    public Fixtures(PayaraServer server) {
        this(new Browser(server), PayaraServer.ADMIN_PASSWORD);
    }

    /** Fixtures made through the server at this base URL, as its first administrator with this password. */
    public Fixtures(String baseUrl, String adminPassword) {
        this(new Browser(baseUrl), adminPassword);
    }

    private Fixtures(Browser admin, String adminPassword) {
        this.admin = admin;
        HtmlPage home = admin.login("admin", adminPassword);
        assertThat(home.getElementById("adminHome"))
                .as("admin home after login")
                .isNotNull();
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Creates a department; a null parent makes a county. Returns its code. */
    public String department(String name, String kind, String parentName) {
        String code = unique("D");
        HtmlPage page = admin.get("/admin/departments.xhtml");
        Browser.select(page, "add:kind", kindLabel(page, kind));
        if (parentName != null) {
            Browser.select(page, "add:parent", parentName);
        }
        Browser.type(page, "add:code", code);
        Browser.type(page, "add:name", name);
        HtmlPage after = admin.click(page.getHtmlElementById("add:create"));
        assertThat(after.asNormalizedText()).as("department created").contains(code);
        return code;
    }

    /**
     * Creates a user with the given roles (OFFICER, TRAINER, ADMIN) and {@link #PASSWORD}, unticking "must change the
     * password at first sign-in" so that the user signs straight in.
     */
    public String user(String displayName, String departmentName, String... roles) {
        return create(displayName, departmentName, false, roles);
    }

    /**
     * Creates a user as an administrator does by default: with "must change the password at first login" ticked, so
     * that {@link #PASSWORD} only opens the password form.
     */
    public String userWhoMustChangePassword(String displayName, String departmentName, String... roles) {
        return create(displayName, departmentName, true, roles);
    }

    private String create(String displayName, String departmentName, boolean mustChange, String... roles) {
        String username = unique("u");
        HtmlPage page = admin.get("/admin/user.xhtml");
        Browser.type(page, "user:username", username);
        Browser.type(page, "user:displayName", displayName);
        if (departmentName != null) {
            Browser.select(page, "user:department", departmentName);
        }
        Browser.check(page, "user:roles", roles);
        Browser.type(page, "user:password", PASSWORD);
        HtmlCheckBoxInput box = page.getHtmlElementById("user:mustChange");
        assertThat(box.isChecked())
                .as("must change at first sign-in is ticked by default")
                .isTrue();
        box.setChecked(mustChange);
        HtmlPage after = admin.click(page.getHtmlElementById("user:save"));
        assertThat(after.getUrl().toString())
                .as("redirect to the saved user: " + after.asNormalizedText())
                .contains("id=");
        return username;
    }

    /**
     * Assigns a course on the administrators' course page as {@code admin}: {@code kindLabel} is the option's label,
     * {@code department} and {@code username} whichever the kind needs (null otherwise), dates as yyyy-MM-dd. Returns
     * the page after saving.
     */
    public static HtmlPage assignCourse(
            Browser admin,
            String courseTitle,
            String kindLabel,
            String department,
            String username,
            String start,
            String deadline) {
        HtmlPage page = admin.get("/admin/courses.xhtml");
        Browser.select(page, "assignForm:course", courseTitle);
        Browser.select(page, "assignForm:kind", kindLabel);
        if (department != null) {
            Browser.select(page, "assignForm:department", department);
        }
        if (username != null) {
            Browser.type(page, "assignForm:username", username);
        }
        Browser.type(page, "assignForm:start", start);
        Browser.type(page, "assignForm:deadline", deadline);
        return admin.click(page.getHtmlElementById("assignForm:save"));
    }

    /**
     * Imports {@code count} officers of the department with this code through the admin CSV import, named
     * {@code <prefix>u0}, {@code <prefix>u1}, ... with {@link #PASSWORD}, which they must change at the first sign-in
     * (as every imported officer must). Returns their usernames.
     */
    public List<String> importOfficers(String department, String prefix, int count) {
        List<String> usernames = new ArrayList<>();
        StringBuilder csv = new StringBuilder("username,display_name,department_code,password\n");
        for (int i = 0; i < count; i++) {
            usernames.add(prefix + "u" + i);
            csv.append(prefix + "u" + i)
                    .append(",压测学员")
                    .append(i)
                    .append(',')
                    .append(department)
                    .append(',')
                    .append(PASSWORD)
                    .append('\n');
        }
        try {
            Path file = Files.createTempFile("officers", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            HtmlPage importPage = admin.get("/admin/import.xhtml");
            ((HtmlFileInput) importPage.getElementById("import:file")).setFiles(file.toFile());
            // the page writes the count with thousands separators ("1,000")
            assertThat(admin.click(importPage.getHtmlElementById("import:upload"))
                            .asNormalizedText()
                            .replace(",", ""))
                    .contains(String.valueOf(count));
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return usernames;
    }

    public Browser admin() {
        return admin;
    }

    private static String kindLabel(HtmlPage page, String kind) {
        return page.<HtmlSelect>getHtmlElementById("add:kind").getOptions().stream()
                .filter(o -> o.getValueAttribute().equals(kind))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    @Override
    public void close() {
        admin.close();
    }
}
