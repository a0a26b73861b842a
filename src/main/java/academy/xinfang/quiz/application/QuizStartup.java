package academy.xinfang.quiz.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Imports the banks once the schema exists, and each minute submits attempts whose time ran out. Every node of a
 * cluster runs the timer; the conditional close in the repository makes the second node's work a no-op.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class QuizStartup {
    @Inject
    BankService banks;

    @EJB
    AttemptService attempts;

    @PostConstruct
    void start() {
        banks.importFolder();
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void submitExpired() {
        attempts.submitExpired();
    }
}
