package academy.xinfang.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Time one section has been on an officer's visible screen, as credited by {@link ModuleReading}. Keyed like
 * {@link SectionRead} (and with its key class), by module and stable section id, so the time survives edits of the
 * module.
 */
@Entity
@Table(name = "section_dwell")
@IdClass(SectionRead.Key.class)
public class SectionDwell {
    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "module_id")
    private long moduleId;

    @Id
    @Column(name = "section_key", length = 64)
    private String sectionKey;

    @Column(name = "dwell_ms", nullable = false)
    private long dwellMillis;

    protected SectionDwell() {}

    public SectionDwell(long userId, long moduleId, String sectionKey) {
        this.userId = userId;
        this.moduleId = moduleId;
        this.sectionKey = sectionKey;
    }

    public void add(long millis) {
        if (millis > 0) {
            dwellMillis += millis;
        }
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public long getDwellMillis() {
        return dwellMillis;
    }
}
