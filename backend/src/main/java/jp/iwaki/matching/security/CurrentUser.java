package jp.iwaki.matching.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user of the current request, as the services need it. */
@RequestScoped
public class CurrentUser {
    private static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR);

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The Keycloak user id ({@code sub}). */
    public String subject() {
        return token.getSubject();
    }

    public String email() {
        return token.getClaim("email");
    }

    /** Japanese order: family name first (佐藤 花子), falling back to what Keycloak has. */
    public String displayName() {
        String family = token.getClaim("family_name");
        String given = token.getClaim("given_name");
        String joined = String.join(" ", Stream.of(family, given).filter(s -> s != null && !s.isBlank()).toList());
        if (!joined.isEmpty()) {
            return joined;
        }
        String name = token.getClaim("name");
        return name != null ? name : token.getClaim("preferred_username");
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The chamber's own people; buyers are external. */
    public boolean isStaff() {
        return identity.getRoles().stream().anyMatch(STAFF::contains);
    }

    /** May edit every registry record, not only the ones assigned to it. */
    public boolean isCoordinatorOrAdmin() {
        return hasRole(Roles.COORDINATOR) || hasRole(Roles.ADMIN);
    }
}
