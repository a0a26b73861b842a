package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabsTest {
    @Test
    void pagesInsideAJourneyKeepTheirTabMarked() {
        assertThat(Tabs.of("/learn/attempt.xhtml")).isEqualTo(Tabs.QUIZZES);
        assertThat(Tabs.of("/learn/review.xhtml")).isEqualTo(Tabs.QUIZZES);
        assertThat(Tabs.of("/learn/roleplay-result.xhtml")).isEqualTo(Tabs.ROLEPLAY);
        assertThat(Tabs.of("/learn/module.xhtml")).isEqualTo(Tabs.LIBRARY);
    }

    @Test
    void homeCoursesAndMineAreDifferentTabs() {
        assertThat(Tabs.of("/officer/home.xhtml")).isEqualTo(Tabs.HOME);
        assertThat(Tabs.of("/learn/courses.xhtml")).isEqualTo(Tabs.COURSES);
        assertThat(Tabs.of("/learn/catalogue.xhtml")).isEqualTo(Tabs.LIBRARY);
        assertThat(Tabs.of("/account/password.xhtml")).isEqualTo(Tabs.MINE);
    }

    @Test
    void pagesOutsideTheOfficerTabsMarkNothing() {
        assertThat(Tabs.of("/trainer/home.xhtml")).isEmpty();
        assertThat(Tabs.of("/login.xhtml")).isEmpty();
        assertThat(Tabs.of(null)).isEmpty();
    }
}
