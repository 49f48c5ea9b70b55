package jp.iwaki.matching.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.iwaki.matching.audit.FieldChange;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event of a negotiation's history: who, when, from which stage to which, with a note.
 * Written once and never changed (Hibernate treats it as immutable, the database refuses updates
 * and deletes).
 */
@Entity
@Immutable
@Table(name = "negotiation_event")
public class NegotiationEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "negotiation_id")
    public long negotiationId;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public NegotiationStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public NegotiationStage to;

    public Instant at;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    public String note;

    public String reason;

    @Column(name = "deal_on")
    public LocalDate dealOn;

    @Column(name = "deal_amount_yen")
    public Long dealAmountYen;

    @Column(name = "from_advisor_subject")
    public String fromAdvisorSubject;

    @Column(name = "from_advisor_name")
    public String fromAdvisorName;

    @Column(name = "to_advisor_subject")
    public String toAdvisorSubject;

    @Column(name = "to_advisor_name")
    public String toAdvisorName;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes = new ArrayList<>();

    public static List<NegotiationEvent> of(long negotiationId) {
        return list("negotiationId = ?1 order by at, id", negotiationId);
    }
}
