package jp.iwaki.matching.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Gives a buyer contact a login: a Keycloak user with the buyer role and a temporary
 * password, linked to the contact (and so to its company) in our database.
 */
@ApplicationScoped
public class BuyerLogins {
    private static final Logger LOG = Logger.getLogger(BuyerLogins.class);
    // No 0/O, 1/l/I: the password is read out or copied by hand.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Keycloak keycloak;
    private final String realm;
    private final BuyerMapper mapper;
    private final AuditTrail audit;

    BuyerLogins(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
                BuyerMapper mapper, AuditTrail audit) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.mapper = mapper;
        this.audit = audit;
    }

    @Transactional
    public LoginGrantDto grant(long companyId, long contactId, CurrentUser actor) {
        BuyerContact contact = BuyerContact.<BuyerContact>findByIdOptional(contactId)
                .filter(c -> c.company.id == companyId)
                .orElseThrow(() -> ApiException.notFound("Contact " + contactId));
        if (contact.company.isArchived()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The buyer company is archived",
                    List.of(new FieldError("archived", "buyer.archived", "The buyer company is archived")));
        }
        if (contact.loginSubject != null) {
            throw new ApiException(ProblemType.CONFLICT, "The contact can already log in",
                    List.of(new FieldError("hasLogin", "buyer.contact.loginExists", "The contact already has a login")));
        }
        if (contact.email == null) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "A login needs the contact's e-mail address",
                    List.of(new FieldError("email", "buyer.contact.emailRequired", "Register the contact's e-mail address first")));
        }
        String password = temporaryPassword();
        String subject = createUser(contact, password);
        try {
            contact.loginSubject = subject;
            audit.record(contact.auditType(), companyId, AuditAction.LOGIN_GRANT, actor,
                    List.of(new FieldChange("contacts[" + contact.id + "].login", null, contact.email)));
            BuyerContact.flush();
        } catch (RuntimeException e) {
            // Keep Keycloak and our database in step: no user without its link.
            deleteUser(subject);
            throw e;
        }
        return new LoginGrantDto(contact.email, password, mapper.toDto(contact));
    }

    private String createUser(BuyerContact contact, String password) {
        RealmResource users = keycloak.realm(realm);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(contact.email);
        user.setEmail(contact.email);
        user.setEnabled(true);
        String[] names = contact.name.split(" ", 2);
        user.setLastName(names[0]);
        user.setFirstName(names.length > 1 ? names[1] : "");
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        try (Response created = users.users().create(user)) {
            if (created.getStatus() == 409) {
                throw new ApiException(ProblemType.CONFLICT, "A login with this e-mail address exists already",
                        List.of(new FieldError("email", "buyer.contact.usernameTaken", "Another login uses this e-mail address")));
            }
            String subject = CreatedResponseUtil.getCreatedId(created);
            try {
                users.users().get(subject).roles().realmLevel()
                        .add(List.of(users.roles().get(Roles.BUYER).toRepresentation()));
            } catch (RuntimeException e) {
                deleteUser(subject);
                throw e;
            }
            return subject;
        }
    }

    private void deleteUser(String subject) {
        try (Response ignored = keycloak.realm(realm).users().delete(subject)) {
            LOG.warnf("Removed Keycloak user %s again after a failed login grant", subject);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not remove Keycloak user %s after a failed login grant", subject);
        }
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
