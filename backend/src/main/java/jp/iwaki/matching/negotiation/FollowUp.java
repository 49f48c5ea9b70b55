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
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A follow-up of a negotiation (visit, call, mail, online meeting), kept as recorded. */
@Entity
@Immutable
@Table(name = "negotiation_follow_up")
public class FollowUp extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "negotiation_id")
    public long negotiationId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    public FollowUpChannel channel;

    public String note;

    @Column(name = "next_action")
    public String nextAction;

    @Column(name = "next_action_on")
    public LocalDate nextActionOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by_subject")
    public String recordedBySubject;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    /** Newest first. */
    public static List<FollowUp> of(long negotiationId) {
        return list("negotiationId = ?1 order by recordedAt desc, id desc", negotiationId);
    }
}
