package jp.iwaki.matching.survey;

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
import java.util.List;

/** A mail sent, or attempted, for an invitation. */
@Entity
@Table(name = "survey_mail")
public class SurveyMail extends PanacheEntityBase {
    public enum Kind { INVITATION, REMINDER }

    /** SENDING while the mail server is being asked. */
    public enum Status { SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "invitation_id")
    public long invitationId;

    @Column(name = "contact_id")
    public long contactId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String recipient;

    @Enumerated(EnumType.STRING)
    public Language language;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    public String error;

    @Column(name = "sent_by_subject")
    public String sentBySubject;

    @Column(name = "sent_by_name")
    public String sentByName;

    public static List<SurveyMail> of(long invitationId) {
        return list("invitationId = ?1 order by attemptedAt desc, id desc", invitationId);
    }
}
