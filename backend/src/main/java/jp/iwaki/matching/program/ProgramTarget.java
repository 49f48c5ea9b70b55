package jp.iwaki.matching.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.SortNatural;

/** One metric of a program: its baseline (現行) and its target in each fiscal year. */
@Entity
@Table(name = "program_target")
public class ProgramTarget extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_code")
    public Program program;

    @Enumerated(EnumType.STRING)
    public TargetMetric metric;

    @Enumerated(EnumType.STRING)
    public TargetUnit unit;

    public int baseline;

    @Column(name = "sort_order")
    public int sortOrder;

    /** Target value by fiscal year (2025 = 令和7年度). */
    @ElementCollection
    @CollectionTable(name = "program_yearly_target", joinColumns = @JoinColumn(name = "program_target_id"))
    @MapKeyColumn(name = "fiscal_year")
    @Column(name = "target_value")
    @SortNatural
    public Map<Integer, Integer> yearly = new TreeMap<>();
}
