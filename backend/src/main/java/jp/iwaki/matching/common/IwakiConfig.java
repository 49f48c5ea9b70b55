package jp.iwaki.matching.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The product's own settings ({@code iwaki.*} in application.properties), typed and in one place. */
@ConfigMapping(prefix = "iwaki")
public interface IwakiConfig {
    /** The business development support plan the targets belong to. */
    Plan plan();

    Limits limits();

    Keycloak keycloak();

    Survey survey();

    /** The data set loaded at start-up: demo (make run), bench (make bench), none in tests and production. */
    Optional<String> seed();

    interface Plan {
        int firstFiscalYear();

        int lastFiscalYear();

        default boolean contains(FiscalYear year) {
            return year.startYear() >= firstFiscalYear() && year.startYear() <= lastFiscalYear();
        }
    }

    interface Keycloak {
        /** How long a call of the Keycloak Admin API may wait for its answer before the request is a 503. */
        @WithDefault("3S")
        Duration adminReadTimeout();
    }

    interface Limits {
        /** The largest JSON body. */
        MemorySize jsonBody();

        /** The largest product photo or import file. */
        MemorySize photoBody();

        /** The most rows one export writes; more is refused, so that nobody waits for a file Excel cannot open anyway. */
        @WithDefault("100000")
        int exportRows();

        /** The most rows one import file may have; more is a 413 (import.tooManyRows). */
        @WithDefault("10000")
        int importRows();
    }

    interface Survey {
        /** What a link is made of: this URL (the SPA's answer route) followed by the token. */
        String linkBaseUrl();

        /** The least time between two reminders to the same contact. */
        @WithDefault("24H")
        Duration reminderInterval();

        RateLimit rateLimit();
    }

    /**
     * How often the public link operations may be called. A venue's phones often share one
     * address (its Wi-Fi), so the address limit is generous, except for unknown tokens (guessing).
     */
    interface RateLimit {
        @WithDefault("60")
        int perTokenPerMinute();

        @WithDefault("600")
        int perAddressPerMinute();

        @WithDefault("30")
        int unknownTokensPerAddress();

        @WithDefault("10M")
        Duration unknownTokensWindow();
    }
}
