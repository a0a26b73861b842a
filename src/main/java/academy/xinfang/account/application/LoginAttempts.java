package academy.xinfang.account.application;

import academy.xinfang.account.domain.LoginFailure;
import academy.xinfang.account.domain.LoginLock;
import academy.xinfang.account.domain.LoginThrottle;
import academy.xinfang.account.persistence.LoginFailureRepository;
import academy.xinfang.account.persistence.LoginLockRepository;
import academy.xinfang.account.persistence.UserRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The throttle's memory, in the database so that every node of a cluster counts the same failures. Each step commits
 * at once, in a transaction of its own: a failure stays counted when the page's own transaction rolls back (a wrong
 * current password on the change form), and an attempt is recorded as a failure before its password is checked, so
 * that a burst of parallel guesses sees itself and cannot slip past the limits together. A success or a refused
 * (throttled) attempt takes its record back.
 */
@Stateless
@PermitAll
public class LoginAttempts {
    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @Inject
    LoginFailureRepository failures;

    @Inject
    LoginLockRepository locks;

    @Inject
    UserRepository users;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** An attempt recorded in advance, and what came before it. */
    public record Started(long failureId, LoginThrottle.History history) {}

    /**
     * Records the attempt as a failure, committed, and only then reads what came before it: of a burst of parallel
     * attempts, the k-th to read sees at least the k-1 that read before it, so no more than the free failures get
     * their password checked.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Started begin(String name, String address, Instant now) {
        long own = self().record(name, address, now);
        return new Started(own, self().history(name, address, own, now));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long record(String name, String address, Instant now) {
        return failures.add(new LoginFailure(name, address, now)).getId();
    }

    /** In a transaction of its own, so that it sees every failure committed up to now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginThrottle.History history(String name, String address, long own, Instant now) {
        LoginFailureRepository.PairStats pair = failures.pair(name, address, throttle.countsSince(now), own);
        Instant budgetSpent = failures.nthMostRecentFrom(
                        address, throttle.addressCountsSince(now), throttle.addressFailures(), own)
                .orElse(null);
        return new LoginThrottle.History(pair.failures(), pair.latest(), budgetSpent);
    }

    /** The attempt was refused without its password being checked: it does not count. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refund(long failureId) {
        failures.remove(failureId);
    }

    /** The right password: the name's failures from this address are forgiven (its other addresses' are not). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String name, String address) {
        failures.removePair(name, address);
    }

    /**
     * The attempt failed and stays counted. When the account has now failed too often from anywhere since its last
     * lock, it is locked (the worst case) and the lock is recorded for administrators.
     *
     * @param accountId the account of the name typed, or null when it has none (counted all the same)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LoginLock> failed(String name, Long accountId, Instant now) {
        Instant since = throttle.countsSince(now);
        Instant lastLock = locks.latestLockOf(name).orElse(null);
        if (lastLock != null && lastLock.isAfter(since)) {
            since = lastLock;
        }
        LoginFailureRepository.AccountStats stats = failures.account(name, since);
        if (!throttle.locks(stats.failures()) || accountId == null) {
            return Optional.empty();
        }
        Instant until = now.plus(throttle.lockDuration());
        if (!users.lockUnlessLocked(accountId, now, until)) {
            return Optional.empty(); // already locked, by this burst's other failure that reached the limit
        }
        LoginLock lock = new LoginLock(name, now, until, stats.failures(), stats.addresses());
        locks.add(lock);
        LOG.warning(() -> "event=login.locked user=" + name + " failures=" + stats.failures() + " addresses="
                + stats.addresses() + " until=" + until);
        return Optional.of(lock);
    }

    /** Forgets every failure of the account, in the caller's transaction (an administrator's unlock or reset). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void forgetAccount(String name) {
        failures.removeAccount(name);
    }

    /** Failures that no limit counts any more are deleted; every node runs this, which is harmless. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void forgetOld() {
        int removed = failures.removeOlderThan(throttle.forgetBefore(clock.instant()));
        if (removed > 0) {
            LOG.info(() -> "event=login.failuresForgotten count=" + removed);
        }
    }

    /** This bean through the container, so that the transaction attributes of its own methods apply. */
    private LoginAttempts self() {
        return context.getBusinessObject(LoginAttempts.class);
    }
}
