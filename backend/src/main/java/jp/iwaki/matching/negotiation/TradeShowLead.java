package jp.iwaki.matching.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A lead captured at a trade-show booth, under the id its client generated. */
@Entity
@Immutable
@Table(name = "trade_show_lead")
public class TradeShowLead extends PanacheEntityBase {
    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "project_id")
    public long projectId;

    @Column(name = "firm_id")
    public long firmId;

    @Column(name = "buyer_company_id")
    public long buyerCompanyId;

    @Column(name = "buyer_contact_id")
    public long buyerContactId;

    @Column(name = "negotiation_id")
    public long negotiationId;

    @Column(name = "company_matched")
    public boolean companyMatched;

    @Column(name = "contact_matched")
    public boolean contactMatched;

    public String interest;

    /** The SHA-256 of the lead as received, to tell a resend from another lead under the same id. */
    @Column(name = "payload_sha256")
    public String payloadSha256;

    @Column(name = "captured_at")
    public Instant capturedAt;

    @Column(name = "captured_by_subject")
    public String capturedBySubject;

    @Column(name = "captured_by_name")
    public String capturedByName;

    @Column(name = "received_at")
    public Instant receivedAt;
}
