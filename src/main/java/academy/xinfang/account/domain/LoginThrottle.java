package academy.xinfang.account.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins slow down further attempts, so that guessing is hopeless while no stranger can lock an officer
 * out. Three limits, from tight to loose:
 * <ul>
 *   <li>per name and client address: {@link #freeFailures} failures cost nothing; after them each further attempt
 *       must wait {@link #firstWait}, then twice that, four times… up to {@link #maxWait} after the previous
 *       failure. An attacker's address slows down only itself.</li>
 *   <li>per client address alone: {@link #addressFailures} failures within {@link #addressWindow}, for any names, and
 *       the address waits until the oldest of them leaves the window. Loose, because a county office's officers all
 *       come through one NAT address and mistype.</li>
 *   <li>per account, from any addresses: {@link #lockFailures} failures within {@link #lockWindow} lock the account
 *       for {@link #lockDuration} (or until an administrator unlocks it). Only the worst case: a distributed attack.</li>
 * </ul>
 * An attempt that must wait is refused without its password being checked, and is not counted.
 */
public record LoginThrottle(
        int freeFailures,
        Duration firstWait,
        Duration maxWait,
        int addressFailures,
        Duration addressWindow,
        int lockFailures,
        Duration lockWindow,
        Duration lockDuration) {

    public LoginThrottle {
        if (freeFailures < 1 || addressFailures < 1 || lockFailures < 1) {
            throw new IllegalArgumentException("failure limits must be at least 1");
        }
        for (Duration d : new Duration[] {firstWait, maxWait, addressWindow, lockWindow, lockDuration}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive: " + d);
            }
        }
        if (maxWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("maxWait shorter than firstWait");
        }
    }

    /**
     * What the store knew of earlier failures when an attempt came in.
     *
     * @param pairFailures failures of this name from this address within {@link #lockWindow} since its last success
     * @param lastPairFailure the latest of them, or null
     * @param addressBudgetSpentAt when the address spent its budget: the time of its {@link #addressFailures}-th most
     *     recent failure within {@link #addressWindow}, or null while it has had fewer
     */
    public record History(int pairFailures, Instant lastPairFailure, Instant addressBudgetSpentAt) {
        public static final History NONE = new History(0, null, null);
    }

    /** How long the attempt must still wait; zero when it may go ahead and have its password checked. */
    public Duration waitBefore(History history, Instant now) {
        Duration wait = Duration.ZERO;
        if (history.pairFailures() >= freeFailures && history.lastPairFailure() != null) {
            wait = max(wait, Duration.between(now, history.lastPairFailure().plus(pairWait(history.pairFailures()))));
        }
        if (history.addressBudgetSpentAt() != null) {
            wait = max(
                    wait, Duration.between(now, history.addressBudgetSpentAt().plus(addressWindow)));
        }
        return wait;
    }

    /** The wait after {@code failures} failures of one name and address: none before the free ones are used up. */
    public Duration pairWait(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures;
        // 2^62 ms would overflow long before any configured maximum; stop doubling once the maximum is reached
        Duration wait = firstWait;
        for (int i = 0; i < doublings && wait.compareTo(maxWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** Whether this many failures of one account within {@link #lockWindow}, from any addresses, lock it. */
    public boolean locks(long accountFailures) {
        return accountFailures >= lockFailures;
    }

    /** The earliest failure of a name that still counts, for the pair and the account limits. */
    public Instant countsSince(Instant now) {
        return now.minus(lockWindow);
    }

    /** The earliest failure of an address that still counts for the address limit. */
    public Instant addressCountsSince(Instant now) {
        return now.minus(addressWindow);
    }

    /** Failures older than this count for nothing any more and may be forgotten. */
    public Instant forgetBefore(Instant now) {
        return now.minus(lockWindow.compareTo(addressWindow) >= 0 ? lockWindow : addressWindow);
    }

    /** Whole seconds to tell the user, never 0 for a wait that is not over. */
    public static long seconds(Duration wait) {
        long ms = wait.toMillis();
        return ms <= 0 ? 0 : (ms + 999) / 1000;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
