package jp.iwaki.matching.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/** The signed-in user of the current request, as the services need it. */
@RequestScoped
public class CurrentUser {
    private static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR);

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The Keycloak user id ({@code sub}). */
    public String subject() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The chamber's own people; buyers are external. */
    public boolean isStaff() {
        return identity.getRoles().stream().anyMatch(STAFF::contains);
    }
}
