package jp.iwaki.matching.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.security.CurrentUser;

/**
 * A buyer contact's login: a Keycloak user in group buyers (which gives the buyer role) with a
 * temporary password, linked to the contact, and so to its company, in our database. A login
 * ends when staff revoke it, when its company is archived, or when the contact's person changes;
 * Keycloak then refuses the sign-in and the API the tokens already issued ({@link BuyerAccounts}).
 * Our database is changed and flushed before Keycloak is asked, so that a refused or stale change
 * never reaches Keycloak; a Keycloak that does not answer rolls our change back (503).
 */
@ApplicationScoped
public class BuyerLogins {
    // No 0/O, 1/l/I: the password is read out or copied by hand.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BuyerUsers users;
    private final BuyerMapper mapper;
    private final AuditTrail audit;

    BuyerLogins(BuyerUsers users, BuyerMapper mapper, AuditTrail audit) {
        this.users = users;
        this.mapper = mapper;
        this.audit = audit;
    }

    /** A login for the contact; the login it had before and that staff revoked is given back, else a new one is made. */
    @Transactional
    public LoginGrantDto grant(long companyId, long contactId, CurrentUser actor) {
        BuyerContact contact = contactOf(companyId, contactId);
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
        Optional<String> restored = restoredLogin(contact, password);
        contact.loginSubject = restored.orElseGet(() -> users.create(contact, password));
        try {
            audit.record(contact, AuditAction.LOGIN_GRANT, actor,
                    List.of(new FieldChange("contacts[" + contact.id + "].login", null, contact.email)));
            BuyerContact.flush();
        } catch (RuntimeException e) {
            // Keep Keycloak and our database in step: no enabled user without its link.
            if (restored.isPresent()) {
                users.disable(contact.loginSubject);
            } else {
                users.deleteQuietly(contact.loginSubject);
            }
            throw e;
        }
        return new LoginGrantDto(contact.email, password, mapper.toDto(contact));
    }

    /** Revokes the contact's login: Keycloak disables it and ends its sessions, the API refuses its tokens. */
    @Transactional
    public BuyerContactDto revoke(long companyId, long contactId, CurrentUser actor) {
        BuyerContact contact = contactOf(companyId, contactId);
        if (contact.loginSubject == null) {
            throw new ApiException(ProblemType.CONFLICT, "The contact has no login",
                    List.of(new FieldError("hasLogin", "buyer.contact.noLogin", "The contact has no login to revoke")));
        }
        String subject = end(contact, RevokedLogin.Reason.REVOKED, actor);
        audit.record(contact, AuditAction.LOGIN_REVOKE, actor,
                List.of(new FieldChange("contacts[" + contact.id + "].login", contact.email, null)));
        BuyerContact.flush();
        users.disable(subject);
        return mapper.toDto(contact);
    }

    /**
     * The contact now names another person (name or e-mail address changed): its login, and a
     * revoked one a grant would give back, belong to the old person and are deleted from Keycloak.
     * Called by the contact's update, in its transaction, before the update is flushed.
     *
     * @return the audit entry of the ended login, if the contact had one
     */
    List<FieldChange> personChanged(BuyerContact contact, String previousEmail, CurrentUser actor) {
        List<String> retired = new java.util.ArrayList<>();
        for (RevokedLogin revoked : RevokedLogin.ofContact(contact)) {
            if (revoked.reason == RevokedLogin.Reason.REVOKED) {
                revoked.reason = RevokedLogin.Reason.RETIRED;
                retired.add(revoked.subject);
            }
        }
        List<FieldChange> changes = List.of();
        if (contact.loginSubject != null) {
            retired.add(end(contact, RevokedLogin.Reason.RETIRED, actor));
            changes = List.of(new FieldChange("contacts[" + contact.id + "].login", previousEmail, null));
        }
        if (!retired.isEmpty()) {
            BuyerContact.flush();
            retired.forEach(users::delete);
        }
        return changes;
    }

    /** The company was archived: every login of its contacts is disabled (the API refuses them by the company's state). */
    void companyArchived(BuyerCompany company) {
        BuyerContact.ofCompany(company.id).stream().map(c -> c.loginSubject).filter(Objects::nonNull).forEach(users::disable);
    }

    /** Unlinks the contact's login and records it as refused; the subject, for Keycloak. */
    private static String end(BuyerContact contact, RevokedLogin.Reason reason, CurrentUser actor) {
        RevokedLogin revoked = new RevokedLogin();
        revoked.subject = contact.loginSubject;
        revoked.contact = contact;
        revoked.reason = reason;
        revoked.revokedAt = Instant.now();
        revoked.revokedBy = actor.subject();
        revoked.persist();
        contact.loginSubject = null;
        return revoked.subject;
    }

    /** The contact's own revoked login, enabled again with a new password, if Keycloak still has it (else it is retired). */
    private Optional<String> restoredLogin(BuyerContact contact, String password) {
        Optional<RevokedLogin> revoked = RevokedLogin.revokedOf(contact);
        if (revoked.isEmpty()) {
            return Optional.empty();
        }
        if (!users.restore(revoked.get().subject, password)) {
            revoked.get().reason = RevokedLogin.Reason.RETIRED;
            return Optional.empty();
        }
        revoked.get().delete();
        return Optional.of(revoked.get().subject);
    }

    private static BuyerContact contactOf(long companyId, long contactId) {
        return BuyerContact.<BuyerContact>findByIdOptional(contactId)
                .filter(c -> c.company.id == companyId)
                .orElseThrow(() -> ApiException.notFound("Contact " + contactId));
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
