package jp.iwaki.matching.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Access tokens Quarkus OIDC has verified, with the identity it built, kept until each token
 * expires. The SPA sends the same token with every request for its five minutes; verifying its
 * signature and parsing its JSON again each time cost more than everything else an endpoint
 * without the database does (make bench: {@code /api/me} against {@code /api/ping}).
 *
 * <p>Only what OIDC accepted is kept, under the whole token string, never past the token's
 * {@code exp}. Augmentors still run on every request, so a check that must see each request
 * (an archived buyer company, say) belongs there or in the services, as before. A verified
 * identity carries the request it was built for; a kept one is handed out with the current
 * request instead.
 */
@ApplicationScoped
public class VerifiedTokens {
    /** Identity attributes that belong to one request, not to the token. */
    private static final List<String> PER_REQUEST = List.of(RoutingContext.class.getName(),
            HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, AuthenticationRequestContext.class.getName());
    private static final int MAX_TOKENS = 10_000;

    private final Clock clock;
    private final Cache<String, Verified> verified;

    @Inject
    VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.creating((String token, Verified v) -> Duration.between(clock.instant(), v.expiresAt())))
                .build();
    }

    private record Verified(SecurityIdentity identity, Instant expiresAt) {
    }

    /** The identity OIDC built for this token, if it verified the token and the token has not expired. */
    SecurityIdentity find(String token, RoutingContext request) {
        Verified found = verified.getIfPresent(token);
        if (found == null || !clock.instant().isBefore(found.expiresAt())) {
            return null;
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(found.identity());
        identity.addAttribute(RoutingContext.class.getName(), request);
        identity.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, request);
        identity.addAttribute(AuthenticationRequestContext.class.getName(),
                request == null ? null : request.get(AuthenticationRequestContext.class.getName()));
        return identity.build();
    }

    /** Keeps an identity OIDC built from a bearer token, until the token's exp. */
    void remember(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (identity.isAnonymous() || token == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0 || verified.getIfPresent(token.getToken()) != null) {
            return;
        }
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder(identity);
        for (String attribute : PER_REQUEST) {
            if (identity.getAttributes().containsKey(attribute)) {
                kept.addAttribute(attribute, null);
            }
        }
        verified.put(token.getToken(), new Verified(kept.build(), Instant.ofEpochSecond(jwt.getExpirationTime())));
    }

    /** Answers from the kept identities before OIDC verifies the token again; a miss goes on to OIDC. */
    @ApplicationScoped
    static class Provider implements IdentityProvider<TokenAuthenticationRequest> {
        private final VerifiedTokens tokens;

        Provider(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            if (!(request.getToken() instanceof AccessTokenCredential token)) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(tokens.find(token.getToken(), HttpSecurityUtils.getRoutingContextAttribute(request)));
        }

        /** Before OIDC's provider, which has the default priority. */
        @Override
        public int priority() {
            return IdentityProvider.super.priority() + 1;
        }
    }

    /** Remembers what OIDC verified; first of the augmentors, so the others still run on every request. */
    @ApplicationScoped
    static class Recorder implements SecurityIdentityAugmentor {
        private final VerifiedTokens tokens;

        Recorder(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }
    }
}
