package academy.xinfang.progress.web;

import academy.xinfang.progress.application.CourseCard;
import academy.xinfang.progress.application.MyCoursesService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in officer's assigned courses with progress, next item and due dates. */
@Named
@RequestScoped
public class MyCoursesPage {
    @Inject
    MyCoursesService service;

    private List<CourseCard> cards = List.of();

    /** View action: the figures are read once per visit. */
    public void load() {
        cards = service.myCourses();
    }

    public List<CourseCard> getCards() {
        return cards;
    }
}
