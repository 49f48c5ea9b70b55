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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.iwaki.matching.audit.Audited;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.program.ProgramCode;

/** A survey template of a program; what it asks lives in its versions. */
@Entity
@Table(name = "survey_template")
public class SurveyTemplate extends PanacheEntityBase implements Editable, Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "program_code")
    public ProgramCode program;

    @Column(name = "name_ja")
    public String nameJa;

    @Column(name = "name_en")
    public String nameEn;

    public boolean shipped;

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

    public LocalizedText name() {
        return new LocalizedText(nameJa, nameEn);
    }

    @Override
    public long currentVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return "surveyTemplate";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nameJa", nameJa);
        fields.put("nameEn", nameEn);
        return fields;
    }

    @Override
    public void touch(Instant at, String subject) {
        updatedAt = at;
        updatedBy = subject;
    }
}
