package jp.iwaki.matching.buyer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A buyer login (Keycloak user id) that lets nobody in any more; the API refuses its tokens at once. */
@Entity
@Table(name = "revoked_login")
public class RevokedLogin extends PanacheEntityBase {
    public enum Reason {
        /** Revoked by staff; a new grant gives it back to the same contact. */
        REVOKED,
        /** The contact's person changed, or Keycloak no longer has the user: never given to anybody again. */
        RETIRED
    }

    @Id
    public String subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_contact_id")
    public BuyerContact contact;

    @Enumerated(EnumType.STRING)
    public Reason reason;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** The contact's own revoked login, which a new grant may give back. */
    static Optional<RevokedLogin> revokedOf(BuyerContact contact) {
        return find("contact = ?1 and reason = ?2 order by revokedAt desc", contact, Reason.REVOKED).firstResultOptional();
    }

    static List<RevokedLogin> ofContact(BuyerContact contact) {
        return list("contact", contact);
    }
}
