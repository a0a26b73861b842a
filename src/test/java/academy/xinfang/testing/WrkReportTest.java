package academy.xinfang.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WrkReportTest {
    /** A slow run as wrk 4.1 prints it: latencies in seconds and milliseconds, some answers not 2xx. */
    private static final String SLOW = """
            Running 20s test @ http://127.0.0.1:23456/learn/module.xhtml?id=six-taboos
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     1.02s   612.33ms   3.41s    68.21%
                Req/Sec    33.10     18.52   100.00     66.67%
              Latency Distribution
                 50%  856.90ms
                 75%    1.31s
                 90%    1.89s
                 99%    3.06s
              1290 requests in 20.05s, 12.43MB read
              Non-2xx or 3xx responses: 3
            Requests/sec:     64.34
            Transfer/sec:    634.67KB
            """;

    /** A fast one: microseconds, socket errors, every answer 2xx. */
    private static final String FAST = """
            Running 10s test @ http://127.0.0.1:40000/static.html
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     1.31ms    2.02ms  40.11ms   93.10%
                Req/Sec    28.01k     3.12k   35.20k    71.00%
              Latency Distribution
                 50%  812.00us
                 75%    1.20ms
                 90%    2.51ms
                 99%    6.50ms
              559361 requests in 10.04s, 10.85GB read
              Socket errors: connect 0, read 0, write 0, timeout 12
            Requests/sec:  55720.31
            Transfer/sec:      1.08GB
            """;

    @Test
    void readsRateAndLatenciesInMilliseconds() {
        WrkReport slow = WrkReport.parse(SLOW);

        assertThat(slow.requests()).isEqualTo(1290);
        assertThat(slow.rps()).isEqualTo(64.34);
        assertThat(slow.p50Ms()).isCloseTo(856.9, within(1e-9));
        assertThat(slow.p99Ms()).isCloseTo(3060, within(1e-9));
        assertThat(slow.non2xx()).isEqualTo(3);
        assertThat(slow.socketErrors()).isEqualTo("none");
    }

    @Test
    void readsMicrosecondsAndSocketErrors() {
        WrkReport fast = WrkReport.parse(FAST);

        assertThat(fast.requests()).isEqualTo(559361);
        assertThat(fast.rps()).isEqualTo(55720.31);
        assertThat(fast.p50Ms()).isCloseTo(0.812, within(1e-9));
        assertThat(fast.p99Ms()).isCloseTo(6.5, within(1e-9));
        assertThat(fast.non2xx()).isZero();
        assertThat(fast.socketErrors()).isEqualTo("connect 0, read 0, write 0, timeout 12");
    }

    @Test
    void aRunWithoutLatencyDistributionHasNoPercentiles() {
        WrkReport bare = WrkReport.parse("unable to connect to 127.0.0.1:1 Connection refused\n");

        assertThat(bare.requests()).isZero();
        assertThat(bare.p50Ms()).isNaN();
        assertThat(bare.p99Ms()).isNaN();
    }
}
