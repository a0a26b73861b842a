package academy.xinfang.progress.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One assigned course on an officer's "my courses" page: progress in percent of mandatory items done, the course state
 * ({@code CourseState} name), the start day ({@code upcoming} while it is still ahead: officers may begin early, the
 * page only says when it opens), the deadline day, the next item and every item with its status, and once the course
 * is complete its certificate (id and printed verification code).
 */
public record CourseCard(
        String key,
        String titleZh,
        String titleEn,
        String description,
        int percent,
        String state,
        LocalDate start,
        boolean upcoming,
        LocalDate deadline,
        boolean overdue,
        ItemView next,
        List<ItemView> items,
        Long certificateId,
        String certificateCode)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * One item: its type ({@code module}, {@code quiz}, {@code scenario}), key, a title where the item's content has
     * one, status ({@code ItemStatus} name), the page that opens it, relative to the application, and for a module
     * the minutes of reading it still needs (0 once read, and for other items).
     */
    public record ItemView(
            String type,
            String ref,
            String title,
            boolean mandatory,
            String status,
            boolean overdue,
            int threshold,
            String href,
            int minutesLeft)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
