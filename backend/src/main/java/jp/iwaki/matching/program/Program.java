package jp.iwaki.matching.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "program")
public class Program extends PanacheEntityBase implements jp.iwaki.matching.common.Editable {
    @Id
    @Enumerated(EnumType.STRING)
    public ProgramCode code;

    @Column(name = "name_ja")
    public String nameJa;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_ja")
    public String descriptionJa;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "sort_order")
    public int sortOrder;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<ProgramTarget> targets = new ArrayList<>();

    public static List<Program> listInPlanOrder() {
        return list("order by sortOrder");
    }

    public static Optional<Program> findByCode(ProgramCode code) {
        return findByIdOptional(code);
    }

    public Optional<ProgramTarget> target(TargetMetric metric) {
        return targets.stream().filter(t -> t.metric == metric).findFirst();
    }

    @Override
    public long currentVersion() {
        return version;
    }
}
