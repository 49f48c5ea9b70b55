package jp.iwaki.matching.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A firm taking part in a project, with the products it brings. */
@Entity
@Table(name = "project_firm")
@IdClass(Participation.Key.class)
public class Participation extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public Long projectId;

    @Id
    @Column(name = "firm_id")
    public Long firmId;

    @ElementCollection
    @CollectionTable(name = "project_firm_product",
            joinColumns = {@JoinColumn(name = "project_id", referencedColumnName = "project_id"),
                    @JoinColumn(name = "firm_id", referencedColumnName = "firm_id")})
    @Column(name = "product_id")
    public Set<Long> productIds = new TreeSet<>();

    /** The composite key (project, firm). */
    public static class Key implements Serializable {
        public Long projectId;
        public Long firmId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(projectId, key.projectId) && java.util.Objects.equals(firmId, key.firmId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(projectId, firmId);
        }
    }

    public static List<Participation> ofProject(long projectId) {
        return list("projectId", projectId);
    }
}
