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
import java.util.Optional;

/** A link that opens one invitation; the API keeps only the SHA-256 of its token. */
@Entity
@Table(name = "survey_link")
public class SurveyLink extends PanacheEntityBase {
    public enum Purpose { INVITATION, REMINDER, SHEET, REISSUE }

    public enum EndReason { REVOKED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "invitation_id")
    public long invitationId;

    @Column(name = "token_hash")
    public byte[] tokenHash;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    public static Optional<SurveyLink> byHash(byte[] hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** Ends every active link of the invitation. */
    public static int endAll(long invitationId, EndReason reason, Instant at) {
        return update("endedAt = ?1, endReason = ?2 where invitationId = ?3 and endedAt is null", at, reason, invitationId);
    }

    public static long activeCount(long invitationId) {
        return count("invitationId = ?1 and endedAt is null", invitationId);
    }
}
