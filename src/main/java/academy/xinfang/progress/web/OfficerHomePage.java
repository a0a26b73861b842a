package academy.xinfang.progress.web;

import academy.xinfang.progress.application.TodayService;
import academy.xinfang.progress.application.TodayView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The officer's home page: today's courses, "继续学习" and the latest results. Read-only, so request-scoped. */
@Named
@RequestScoped
public class OfficerHomePage {
    @Inject
    TodayService service;

    private TodayView today;

    /** View action: read once per visit. */
    public void load() {
        today = service.today();
    }

    public TodayView getToday() {
        return today;
    }
}
