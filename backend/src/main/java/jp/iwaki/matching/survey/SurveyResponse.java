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
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The one response of an invitation: a draft as the buyer goes, then submissions (each kept). */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {
    public enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "invitation_id")
    public long invitationId;

    @Column(name = "survey_id")
    public long surveyId;

    @Column(name = "template_version_id")
    public long templateVersionId;

    @Enumerated(EnumType.STRING)
    public Status status = Status.DRAFT;

    /** The answers as last saved; after a submission, the changes not submitted yet (null when none). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Answer> draft;

    @Column(name = "draft_saved_at")
    public Instant draftSavedAt;

    @Column(name = "submission_count")
    public int submissionCount;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Enumerated(EnumType.STRING)
    public ResponseChannel channel;

    @Column(name = "proxy_subject")
    public String proxySubject;

    @Column(name = "proxy_name")
    public String proxyName;

    @Column(name = "proxy_at")
    public Instant proxyAt;

    /**
     * Moves on with every save; also the response's ETag ("0" is no response yet). Kept by hand,
     * not by Hibernate: every write holds the invitation's lock, and the first save must be 1.
     */
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<SurveyResponse> ofInvitation(long invitationId) {
        return find("invitationId", invitationId).firstResultOptional();
    }
}
