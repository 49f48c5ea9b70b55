package jp.iwaki.matching.firm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** An industry category (JSIC major category, as the plan's establishment table groups them). */
@Entity
@Table(name = "industry")
public class Industry extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "name_ja")
    public String nameJa;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "sort_order")
    public int sortOrder;

    public static List<Industry> inDisplayOrder() {
        return list("order by sortOrder");
    }
}
