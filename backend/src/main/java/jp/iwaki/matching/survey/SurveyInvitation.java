package jp.iwaki.matching.survey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerContact;

/** A buyer contact invited to a survey. Its links (mailed, printed) open it; its response is its own. */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    public Survey survey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    public BuyerContact contact;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_company_id")
    public BuyerCompany company;

    @Enumerated(EnumType.STRING)
    public InvitationStatus status = InvitationStatus.NOT_SENT;

    @Column(name = "status_rank", insertable = false, updatable = false)
    Short statusRank;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "last_reminder_at")
    public Instant lastReminderAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void reach(InvitationStatus reached) {
        status = status.atLeast(reached);
    }

    /**
     * Locks the invitation for one change of its response or its links, so that two tabs, two
     * devices or two coordinators take turns. (No key update: inserting a mail that refers to
     * it need not wait.)
     */
    public static void lock(long id) {
        getEntityManager().createNativeQuery("select id from survey_invitation where id = ?1 for no key update")
                .setParameter(1, id).getResultList();
    }
}
