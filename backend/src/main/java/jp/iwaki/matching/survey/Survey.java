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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.iwaki.matching.audit.Audited;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.project.Project;

/** A survey of a project, asked with one template version between two dates (Japan time). */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase implements Editable, Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_version_id")
    public SurveyTemplateVersion templateVersion;

    public String title;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "search_key")
    String searchKey = "";

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

    /** Before, during or after its dates, today in Japan. */
    public SurveyState state(LocalDate today) {
        return today.isBefore(opensOn) ? SurveyState.SCHEDULED : today.isAfter(closesOn) ? SurveyState.CLOSED : SurveyState.OPEN;
    }

    public SurveyState state() {
        return state(LocalDate.now(FiscalYear.JAPAN));
    }

    /** Links stop working when the close date is over in Japan. */
    public Instant linksExpireAt() {
        return closesOn.plusDays(1).atStartOfDay(FiscalYear.JAPAN).toInstant();
    }

    @Override
    public long currentVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return "survey";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("opensOn", Objects.toString(opensOn, null));
        fields.put("closesOn", Objects.toString(closesOn, null));
        fields.put("templateVersion", templateVersion == null ? null : Long.toString(templateVersion.id));
        return fields;
    }

    @Override
    public void touch(Instant at, String subject) {
        updatedAt = at;
        updatedBy = subject;
    }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchKey = JapaneseText.searchKey(title, project == null ? null : project.title);
    }
}
