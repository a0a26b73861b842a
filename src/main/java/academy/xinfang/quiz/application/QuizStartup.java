package academy.xinfang.quiz.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Each minute submits attempts whose time ran out (the banks are imported by the import pipeline, see
 * {@link BankSource}). Every node of a cluster runs the timer; the conditional close in the repository makes the
 * second node's work a no-op.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class QuizStartup {
    @EJB
    AttemptService attempts;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void submitExpired() {
        attempts.submitExpired();
    }
}
