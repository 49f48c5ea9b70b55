package jp.iwaki.matching.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.IwakiConfig;

/**
 * How often the public link operations may be asked, in memory: token buckets (Bucket4j) per
 * token, per client address, and per client address for tokens that do not exist (guessing).
 * The buckets live in bounded Caffeine caches that forget idle keys, so a flood of made-up
 * tokens or addresses cannot grow memory. One instance of the API keeps its own counts; several
 * instances would each allow the limit (Bucket4j has distributed back ends for that day).
 */
@ApplicationScoped
public class LinkRateLimit {
    private static final int MAX_KEYS = 100_000;

    private final IwakiConfig.RateLimit limits;
    private final Cache<String, Bucket> tokens;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> unknownTokens;

    LinkRateLimit(IwakiConfig config) {
        this.limits = config.survey().rateLimit();
        this.tokens = cache(Duration.ofMinutes(2));
        this.addresses = cache(Duration.ofMinutes(2));
        this.unknownTokens = cache(limits.unknownTokensWindow().plusMinutes(1));
    }

    private static Cache<String, Bucket> cache(Duration idle) {
        return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(idle).build();
    }

    /**
     * Counts one request for a token from an address.
     *
     * @throws RateLimited when the address asks too often, has guessed too many tokens lately, or the token is asked too often
     */
    public void admit(String token, String address) {
        take(addresses.get(address, a -> bucket(limits.perAddressPerMinute(), Duration.ofMinutes(1))), "address");
        Bucket guesses = unknownTokens.getIfPresent(address);
        if (guesses != null && guesses.getAvailableTokens() <= 0) {
            throw limited(guesses.estimateAbilityToConsume(1).getNanosToWaitForRefill(), "token");
        }
        String key = HexFormat.of().formatHex(LinkTokens.hash(token));
        take(tokens.get(key, t -> bucket(limits.perTokenPerMinute(), Duration.ofMinutes(1))), "token");
    }

    /** Counts a token that does not exist against the address it came from. */
    public void unknownToken(String address) {
        unknownTokens.get(address, a -> bucket(limits.unknownTokensPerAddress(), limits.unknownTokensWindow())).tryConsume(1);
    }

    private static Bucket bucket(long capacity, Duration period) {
        // Refilled whole at the end of each period (not a token at a time), so "60 a minute" means
        // exactly that and a client learns from Retry-After when the next window opens.
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build()).build();
    }

    private static void take(Bucket bucket, String what) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw limited(probe.getNanosToWaitForRefill(), what);
        }
    }

    private static RateLimited limited(long nanos, String what) {
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return new RateLimited(seconds, List.of(new FieldError(what, "survey.link.tooManyRequests",
                "Too many requests for this " + what + "; try again in " + seconds + " s", java.util.Map.of("retryAfter", seconds))));
    }
}
