package jp.iwaki.matching.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.program.ProgramCode;

/**
 * A negotiation (商談): one exhibitor firm × one buyer company inside a project, owned by an
 * advisor (or nobody yet). Its stage changes only through {@link NegotiationService}'s moves,
 * each of which writes one {@link NegotiationEvent}.
 */
@Entity
@Table(name = "negotiation")
public class Negotiation extends PanacheEntityBase implements Editable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id")
    public long projectId;

    /** The project's program and fiscal year; the database keeps them equal to the project's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "program_code")
    public ProgramCode program;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "firm_id")
    public long firmId;

    @Column(name = "buyer_company_id")
    public long buyerCompanyId;

    @Column(name = "buyer_contact_id")
    public Long buyerContactId;

    @Enumerated(EnumType.STRING)
    public NegotiationStage stage;

    @Enumerated(EnumType.STRING)
    public NegotiationSource source;

    @Column(name = "advisor_subject")
    public String advisorSubject;

    @Column(name = "advisor_name")
    public String advisorName;

    @Column(name = "introduced_on")
    public LocalDate introducedOn;

    @Column(name = "introduced_by_subject")
    public String introducedBySubject;

    @Column(name = "introduced_by_name")
    public String introducedByName;

    @Column(name = "meeting_at")
    public Instant meetingAt;

    @Column(name = "meeting_place")
    public String meetingPlace;

    public String interest;

    @Column(name = "next_action")
    public String nextAction;

    @Column(name = "next_action_on")
    public LocalDate nextActionOn;

    @Column(name = "deal_on")
    public LocalDate dealOn;

    @Column(name = "deal_amount_yen")
    public Long dealAmountYen;

    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "stage_changed_at")
    public Instant stageChangedAt;

    @ElementCollection
    @CollectionTable(name = "negotiation_product", joinColumns = @JoinColumn(name = "negotiation_id"))
    @Column(name = "product_id")
    public Set<Long> productIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "negotiation_deal_product", joinColumns = @JoinColumn(name = "negotiation_id"))
    @Column(name = "product_id")
    public Set<Long> dealProductIds = new TreeSet<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Override
    public long currentVersion() {
        return version;
    }

    public void touch(Instant at, String subject) {
        updatedAt = at;
        updatedBy = subject;
    }

    /** The open negotiation of a firm and buyer company in a project, if there is one. */
    public static Optional<Negotiation> openOf(long projectId, long firmId, long buyerCompanyId) {
        return find("projectId = ?1 and firmId = ?2 and buyerCompanyId = ?3 and stage in ?4",
                projectId, firmId, buyerCompanyId, NegotiationStage.OPEN).firstResultOptional();
    }
}
