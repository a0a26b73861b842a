package academy.xinfang.account.domain;

/** The three kinds of people who use the academy; a user may hold several. Names are the Jakarta Security groups. */
public enum Role {
    OFFICER,
    TRAINER,
    ADMIN;

    /** Home page of each role, in the order a user holding several roles is sent to. */
    public String homePage() {
        return switch (this) {
            case ADMIN -> "/admin/home.xhtml";
            case TRAINER -> "/trainer/home.xhtml";
            case OFFICER -> "/officer/home.xhtml";
        };
    }
}
