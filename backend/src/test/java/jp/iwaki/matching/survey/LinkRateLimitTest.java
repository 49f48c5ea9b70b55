package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.runtime.configuration.MemorySize;
import java.time.Duration;
import java.util.Optional;
import jp.iwaki.matching.common.IwakiConfig;
import org.junit.jupiter.api.Test;

/** The three limits of the public link operations, with small numbers. */
class LinkRateLimitTest {
    private static LinkRateLimit limit(int perToken, int perAddress, int unknown) {
        IwakiConfig.RateLimit rates = new IwakiConfig.RateLimit() {
            public int perTokenPerMinute() {
                return perToken;
            }

            public int perAddressPerMinute() {
                return perAddress;
            }

            public int unknownTokensPerAddress() {
                return unknown;
            }

            public Duration unknownTokensWindow() {
                return Duration.ofMinutes(10);
            }
        };
        IwakiConfig.Survey survey = new IwakiConfig.Survey() {
            public String linkBaseUrl() {
                return "http://localhost/a/";
            }

            public Duration reminderInterval() {
                return Duration.ofHours(24);
            }

            public IwakiConfig.RateLimit rateLimit() {
                return rates;
            }
        };
        return new LinkRateLimit(new IwakiConfig() {
            public Plan plan() {
                return null;
            }

            public Limits limits() {
                return new Limits() {
                    public MemorySize jsonBody() {
                        return null;
                    }

                    public MemorySize photoBody() {
                        return null;
                    }

                    public int exportRows() {
                        return 0;
                    }

                    public int importRows() {
                        return 0;
                    }
                };
            }

            public Keycloak keycloak() {
                return null;
            }

            public IwakiConfig.Survey survey() {
                return survey;
            }

            public Optional<String> seed() {
                return Optional.empty();
            }
        });
    }

    @Test
    void oneTokenIsRefusedPastItsLimitWithTheSecondsToWait() {
        LinkRateLimit limit = limit(3, 100, 100);
        for (int i = 0; i < 3; i++) {
            limit.admit("token-a", "198.51.100.1");
        }
        RateLimited refused = catchThrowableOfType(RateLimited.class, () -> limit.admit("token-a", "198.51.100.2"));
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(refused.errors().get(0).field()).isEqualTo("token");
        // Another token is not affected.
        limit.admit("token-b", "198.51.100.1");
    }

    @Test
    void oneAddressIsRefusedPastItsLimitWhateverTheTokens() {
        LinkRateLimit limit = limit(100, 2, 100);
        limit.admit("t1", "198.51.100.3");
        limit.admit("t2", "198.51.100.3");
        assertThatThrownBy(() -> limit.admit("t3", "198.51.100.3")).isInstanceOf(RateLimited.class);
        limit.admit("t3", "198.51.100.4");
    }

    @Test
    void anAddressThatGuessedTooManyTokensIsRefusedEvenWithAGoodOne() {
        LinkRateLimit limit = limit(100, 100, 2);
        limit.admit("guess1", "198.51.100.5");
        limit.unknownToken("198.51.100.5");
        limit.admit("guess2", "198.51.100.5");
        limit.unknownToken("198.51.100.5");
        assertThatThrownBy(() -> limit.admit("good", "198.51.100.5")).isInstanceOf(RateLimited.class);
        limit.admit("good", "198.51.100.6");
    }
}
