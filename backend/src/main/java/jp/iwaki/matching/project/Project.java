package jp.iwaki.matching.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.iwaki.matching.audit.Audited;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.program.ProgramCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of a program in a fiscal year. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase implements Audited, Editable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "program_code")
    public ProgramCode program;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String title;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public ProjectState state = ProjectState.PLANNING;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_event", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("heldOn")
    public List<ProjectEvent> events = new ArrayList<>();

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

    @Override
    public long currentVersion() {
        return version;
    }

    /** A closed project is read-only. */
    @Override
    public Optional<ApiException> readOnlyReason() {
        return state == ProjectState.CLOSED
                ? Optional.of(ApiException.readOnly("state", "project.closed", "The project is closed and can no longer be changed"))
                : Optional.empty();
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    @Override
    public String auditType() {
        return "project";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public void touch(Instant at, String subject) {
        updatedAt = at;
        updatedBy = subject;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("program", program.name());
        fields.put("fiscalYear", Integer.toString(fiscalYear));
        fields.put("title", title);
        fields.put("startsOn", Objects.toString(startsOn, null));
        fields.put("endsOn", Objects.toString(endsOn, null));
        fields.put("partners", partners.isEmpty() ? null : String.join("、", partners));
        fields.put("events", events.isEmpty() ? null : ProjectEvent.describe(events));
        return fields;
    }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchKey = JapaneseText.searchKey(title);
    }
}
