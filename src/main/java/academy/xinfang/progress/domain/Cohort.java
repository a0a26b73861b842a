package academy.xinfang.progress.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A named group of officers across departments (the new hires of 2026, say) that a course can be assigned to. */
@Entity
@Table(name = "cohort")
public class Cohort {
    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_NAME)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "cohort_member", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    @Version
    private long version;

    protected Cohort() {}

    public Cohort(String name, Instant createdAt) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("cohort name must be 1–" + MAX_NAME + " characters");
        }
        this.name = trimmed;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean add(long userId) {
        return memberIds.add(userId);
    }

    public boolean remove(long userId) {
        return memberIds.remove(userId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }
}
