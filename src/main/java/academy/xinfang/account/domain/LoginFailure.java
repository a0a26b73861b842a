package academy.xinfang.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * One failed sign-in, by the name as typed (normalised, so "Zhang" and "zhang " are one name) and client address.
 * Names without an account are recorded the same way: the throttle must not tell which names exist.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {
    public static final int MAX_NAME = 64;
    public static final int MAX_ADDRESS = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME, updatable = false)
    private String username;

    @Column(nullable = false, length = MAX_ADDRESS, updatable = false)
    private String address;

    @Column(name = "occurred_ms", nullable = false, updatable = false)
    private long occurredMs;

    protected LoginFailure() {}

    public LoginFailure(String username, String address, Instant at) {
        this.username = nameKey(username);
        this.address = addressKey(address);
        this.occurredMs = at.toEpochMilli();
    }

    /** The name a failure is counted under: trimmed, lower case, at most 64 characters (also for malformed names). */
    public static String nameKey(String typed) {
        String s = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return s.length() <= MAX_NAME ? s : s.substring(0, MAX_NAME);
    }

    public static String addressKey(String address) {
        String s = address == null || address.isBlank() ? "unknown" : address.strip();
        return s.length() <= MAX_ADDRESS ? s : s.substring(0, MAX_ADDRESS);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public Instant getOccurredAt() {
        return Instant.ofEpochMilli(occurredMs);
    }
}
