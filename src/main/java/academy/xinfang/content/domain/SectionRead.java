package academy.xinfang.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * That an officer has read a section. Keyed by module and section id, not by version, so reading survives edits of
 * the module: a section that keeps its id stays read.
 */
@Entity
@Table(name = "section_read")
@IdClass(SectionRead.Key.class)
public class SectionRead {
    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "module_id")
    private long moduleId;

    @Id
    @Column(name = "section_key", length = 64)
    private String sectionKey;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected SectionRead() {}

    public SectionRead(long userId, long moduleId, String sectionKey, Instant readAt) {
        this.userId = userId;
        this.moduleId = moduleId;
        this.sectionKey = sectionKey;
        this.readAt = readAt;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long userId;
        private long moduleId;
        private String sectionKey;

        public Key() {}

        public Key(long userId, long moduleId, String sectionKey) {
            this.userId = userId;
            this.moduleId = moduleId;
            this.sectionKey = sectionKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.userId == userId
                    && k.moduleId == moduleId
                    && Objects.equals(k.sectionKey, sectionKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, moduleId, sectionKey);
        }
    }
}
