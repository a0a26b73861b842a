package academy.xinfang.platform.web;

/**
 * Which tab of the navigation a page belongs to, so that the tab bar can mark it (aria-current and a visible bar): a
 * quiz attempt still belongs to "quizzes", a module being read to the module library. Pages of no tab (the login, the
 * trainer's and administrator's desks) give {@code ""}.
 */
public final class Tabs {
    public static final String HOME = "home";
    public static final String COURSES = "courses";
    public static final String LIBRARY = "library";
    public static final String QUIZZES = "quizzes";
    public static final String ROLEPLAY = "roleplay";
    public static final String MINE = "mine";

    private Tabs() {}

    /** The tab of a Faces view id such as {@code /learn/quiz.xhtml}; {@code ""} for none. */
    public static String of(String viewId) {
        if (viewId == null) {
            return "";
        }
        String page = viewId.endsWith(".xhtml") ? viewId.substring(0, viewId.length() - ".xhtml".length()) : viewId;
        return switch (page) {
            case "/officer/home" -> HOME;
            case "/learn/courses" -> COURSES;
            case "/learn/catalogue", "/learn/module", "/learn/print" -> LIBRARY;
            case "/learn/quizzes", "/learn/quiz", "/learn/attempt", "/learn/review" -> QUIZZES;
            case "/learn/roleplays",
                    "/learn/roleplay",
                    "/learn/roleplay-result",
                    "/learn/live-scorecards",
                    "/learn/live-scorecard" -> ROLEPLAY;
            case "/account/me", "/account/password" -> MINE;
            default -> "";
        };
    }
}
