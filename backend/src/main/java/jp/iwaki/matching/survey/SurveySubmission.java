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
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submission of a response, kept as it was sent, with the template version it answered. */
@Entity
@Table(name = "survey_submission")
public class SurveySubmission extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "response_id")
    public long responseId;

    public int number;

    @Column(name = "template_version_id")
    public long templateVersionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Answer> answers;

    @Enumerated(EnumType.STRING)
    public ResponseChannel channel;

    @Column(name = "entered_by_subject")
    public String enteredBySubject;

    @Column(name = "entered_by_name")
    public String enteredByName;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public static List<SurveySubmission> of(long responseId) {
        return list("responseId = ?1 order by number", responseId);
    }

    public static Optional<SurveySubmission> last(long responseId) {
        return find("responseId = ?1 order by number desc", responseId).firstResultOptional();
    }
}
