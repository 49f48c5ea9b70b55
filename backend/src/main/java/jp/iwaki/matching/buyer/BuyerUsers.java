package jp.iwaki.matching.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.OutsideTransaction;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The Keycloak users behind buyer logins, through the API's service account. The realm lets that
 * account manage only the members of group buyers, which carries the buyer role (fine-grained admin
 * permissions, see backend/infra/keycloak): it creates a user in that group, disables, enables,
 * logs out, resets and deletes its members, and can map no role and touch no other user.
 */
@ApplicationScoped
public class BuyerUsers {
    /** The group every buyer login belongs to; it gives the buyer role. */
    static final String GROUP = "/buyers";

    private static final Logger LOG = Logger.getLogger(BuyerUsers.class);

    private final Keycloak keycloak;
    private final String realm;

    BuyerUsers(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** A new enabled user named by the contact's e-mail address, with a temporary password; its user id. */
    String create(BuyerContact contact, String temporaryPassword) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(contact.email);
        user.setEmail(contact.email);
        user.setEnabled(true);
        String[] names = contact.name.split(" ", 2);
        user.setLastName(names[0]);
        user.setFirstName(names.length > 1 ? names[1] : "");
        user.setGroups(List.of(GROUP));
        user.setCredentials(List.of(password(temporaryPassword)));
        return call("create a buyer login", () -> {
            try (Response created = keycloak.realm(realm).users().create(user)) {
                if (created.getStatus() == 409) {
                    throw new ApiException(ProblemType.CONFLICT, "A login with this e-mail address exists already",
                            List.of(new FieldError("email", "buyer.contact.usernameTaken", "Another login uses this e-mail address")));
                }
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
    }

    /** Enables a disabled user again with a new temporary password; false when Keycloak no longer has it. */
    boolean restore(String subject, String temporaryPassword) {
        return call("restore a buyer login", () -> {
            UserResource user = keycloak.realm(realm).users().get(subject);
            UserRepresentation current;
            try {
                current = user.toRepresentation();
            } catch (NotFoundException gone) {
                return false;
            }
            current.setEnabled(true);
            user.update(current);
            user.resetPassword(password(temporaryPassword));
            return true;
        });
    }

    /** Disables the user and ends its sessions, so that it can neither sign in nor refresh a token. */
    void disable(String subject) {
        call("disable a buyer login", () -> {
            UserResource user = keycloak.realm(realm).users().get(subject);
            try {
                UserRepresentation current = user.toRepresentation();
                current.setEnabled(false);
                user.update(current);
                user.logout();
            } catch (NotFoundException gone) {
                LOG.infof("Buyer login %s is no longer in Keycloak; nothing to disable", subject);
            }
            return null;
        });
    }

    /** Deletes the user (a login whose person changed; its e-mail address becomes free for the new person). */
    void delete(String subject) {
        call("delete a buyer login", () -> {
            try (Response ignored = keycloak.realm(realm).users().delete(subject)) {
                return null;
            }
        });
    }

    /** Deletes a user created a moment ago whose link could not be stored; a failure is logged, not thrown. */
    void deleteQuietly(String subject) {
        try {
            delete(subject);
            LOG.warnf("Removed Keycloak user %s again after a failed login grant", subject);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not remove Keycloak user %s after a failed login grant", subject);
        }
    }

    private static CredentialRepresentation password(String temporaryPassword) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(temporaryPassword);
        credential.setTemporary(true);
        return credential;
    }

    /**
     * A Keycloak that does not answer, or refuses the service account, is a 503: nothing was changed here.
     * The call runs outside the caller's transaction, which a failure then rolls back.
     */
    private static <T> T call(String what, Supplier<T> action) {
        try {
            return OutsideTransaction.call(action);
        } catch (ApiException e) {
            throw e;
        } catch (ProcessingException | WebApplicationException e) {
            LOG.errorf(e, "Keycloak could not %s", what);
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "Keycloak could not " + what + " right now", List.of());
        }
    }
}
