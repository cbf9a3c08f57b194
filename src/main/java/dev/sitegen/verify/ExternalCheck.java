package dev.sitegen.verify;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How to probe external links ({@code --check-external}): a bounded pool of probes, connect and
 * read timeouts, a minimum interval between two requests to one host (so a site with thousands of
 * links to one host does not hammer it), and a cache file of results that expire, so repeated
 * builds probe each URL once per {@code maxAge}.
 *
 * @param cacheFile JSON file of earlier results; created or updated after probing
 * @param maxAge how long a cached result is trusted
 * @param threads probes running at once
 * @param connectTimeout time to connect
 * @param readTimeout time for the response's status line
 * @param hostInterval minimum time between two requests to one host
 * @param clock the time results are stamped with and judged against
 * @param cacheWriter replaces the cache file (the command line's output policy decides where it may)
 */
public record ExternalCheck(Path cacheFile, Duration maxAge, int threads, Duration connectTimeout,
                            Duration readTimeout, Duration hostInterval, Clock clock, CacheWriter cacheWriter) {

    public ExternalCheck {
        threads = Math.max(1, threads);
    }

    /** Sensible defaults: 8 probes, 5 s to connect, 10 s to answer, 250 ms per host, a week of cache. */
    public static ExternalCheck withCacheFile(Path cacheFile, CacheWriter cacheWriter) {
        return new ExternalCheck(cacheFile, Duration.ofDays(7), 8, Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofMillis(250), Clock.systemUTC(), cacheWriter);
    }
}
