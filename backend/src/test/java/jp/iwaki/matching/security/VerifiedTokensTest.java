package jp.iwaki.matching.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The verified-token cache on its own, with a clock the test moves: what is kept, for how long, and what is not. */
class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(clock);

    @Test
    void aVerifiedTokenIsAnsweredFromMemoryWithItsRolesAndPrincipalUntilItExpires() {
        tokens.remember(verified("token-a", "coordinator", NOW.plus(Duration.ofMinutes(5))));

        SecurityIdentity found = tokens.find("token-a", null);
        assertThat(found).isNotNull();
        assertThat(found.getPrincipal().getName()).isEqualTo("subject-of-token-a");
        assertThat(found.getRoles()).containsExactly("coordinator");
        assertThat(found.getCredential(AccessTokenCredential.class).getToken()).isEqualTo("token-a");

        clock.now = NOW.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertThat(tokens.find("token-a", null)).isNotNull();
        clock.now = NOW.plus(Duration.ofMinutes(5));
        assertThat(tokens.find("token-a", null)).as("at its exp the token is verified again, and refused, by OIDC").isNull();
    }

    @Test
    void onlyTheVerifiedTokenStringItselfIsFound() {
        tokens.remember(verified("token-a", "coordinator", NOW.plusSeconds(300)));

        assertThat(tokens.find("token-b", null)).isNull();
        assertThat(tokens.find("token-a ", null)).isNull();
        assertThat(tokens.find("token-", null)).isNull();
    }

    @Test
    void anIdentityWithoutAnAccessTokenOrAnExpiryIsNotKept() {
        tokens.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(new Jwt("token-c", 0))
                .addCredential(new AccessTokenCredential("token-c")).build());
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(new Jwt("token-d", NOW.plusSeconds(300).getEpochSecond())).build());

        assertThat(tokens.find("token-c", null)).isNull();
        assertThat(tokens.find("token-d", null)).isNull();
    }

    @Test
    void aRememberedIdentityCarriesTheCurrentRequestNotTheOneItWasVerifiedFor() {
        RoutingContext first = request();
        RoutingContext later = request();
        tokens.remember(QuarkusSecurityIdentity.builder(verified("token-a", "buyer", NOW.plusSeconds(300)))
                .addAttribute(RoutingContext.class.getName(), first)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, first).build());

        SecurityIdentity found = tokens.find("token-a", later);
        assertThat(found.<Object>getAttribute(RoutingContext.class.getName())).isSameAs(later);
        assertThat(found.<Object>getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)).isSameAs(later);
        assertThat(found.getAttributes()).doesNotContainValue(first);
    }

    /** A stand-in for a request: the cache only passes it on. */
    private static RoutingContext request() {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(), new Class<?>[] {RoutingContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "request";
                    default -> null;
                });
    }

    private static SecurityIdentity verified(String token, String role, Instant expiresAt) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Jwt(token, expiresAt.getEpochSecond()))
                .addCredential(new AccessTokenCredential(token))
                .addRole(role)
                .build();
    }

    /** The claims a verified access token carries, as far as the cache reads them. */
    private record Jwt(String token, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "subject-of-" + token;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) Map.<String, Object>of("sub", getName(), "exp", exp).get(claimName);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
