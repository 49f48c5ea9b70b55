package jp.iwaki.matching.survey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a template's content. Once anybody has answered it, it never changes again. */
@Entity
@Table(name = "survey_template_version")
public class SurveyTemplateVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    public SurveyTemplate template;

    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    public SurveyContent content;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The template's versions, newest first. */
    public static List<SurveyTemplateVersion> of(SurveyTemplate template) {
        return list("template = ?1 order by number desc", template);
    }

    public static Optional<SurveyTemplateVersion> current(SurveyTemplate template) {
        return find("template = ?1 order by number desc", template).firstResultOptional();
    }
}
