package academy.xinfang.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account locked by the worst case of {@link LoginThrottle}: when, after how many failures from how many client
 * addresses, until when, and who lifted the lock early if anyone did. Administrators read these on the user list.
 */
@Entity
@Table(name = "login_lock")
public class LoginLock {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "locked_at", nullable = false, updatable = false)
    private Instant lockedAt;

    @Column(name = "locked_until", nullable = false, updatable = false)
    private Instant lockedUntil;

    @Column(nullable = false, updatable = false)
    private int failures;

    @Column(nullable = false, updatable = false)
    private int addresses;

    @Column(name = "unlocked_at")
    private Instant unlockedAt;

    @Column(name = "unlocked_by", length = 64)
    private String unlockedBy;

    protected LoginLock() {}

    public LoginLock(String username, Instant lockedAt, Instant lockedUntil, int failures, int addresses) {
        this.username = username;
        this.lockedAt = lockedAt;
        this.lockedUntil = lockedUntil;
        this.failures = failures;
        this.addresses = addresses;
    }

    /** An administrator lifted the lock before it ran out. */
    public void unlockedBy(String administrator, Instant at) {
        if (unlockedAt == null) {
            this.unlockedAt = at;
            this.unlockedBy = administrator;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getFailures() {
        return failures;
    }

    public int getAddresses() {
        return addresses;
    }

    public Instant getUnlockedAt() {
        return unlockedAt;
    }

    public String getUnlockedBy() {
        return unlockedBy;
    }
}
