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

/** A timetable mail sent, or attempted, to one contact of a buyer company. */
@Entity
@Table(name = "timetable_mail")
public class TimetableMail extends PanacheEntityBase {
    /** SENDING while the mail server is being asked. */
    public enum Status { SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id")
    public long projectId;

    @Column(name = "buyer_company_id")
    public long buyerCompanyId;

    @Column(name = "contact_id")
    public long contactId;

    public String recipient;

    public String language;

    @Column(name = "timetable_version")
    public long timetableVersion;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    public String error;

    @Column(name = "sent_by_subject")
    public String sentBySubject;

    @Column(name = "sent_by_name")
    public String sentByName;
}
