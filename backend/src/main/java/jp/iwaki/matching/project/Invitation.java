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

/** A buyer company invited to a project, with the contacts who are expected. */
@Entity
@Table(name = "project_buyer")
@IdClass(Invitation.Key.class)
public class Invitation extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public Long projectId;

    @Id
    @Column(name = "buyer_company_id")
    public Long buyerCompanyId;

    @ElementCollection
    @CollectionTable(name = "project_buyer_contact",
            joinColumns = {@JoinColumn(name = "project_id", referencedColumnName = "project_id"),
                    @JoinColumn(name = "buyer_company_id", referencedColumnName = "buyer_company_id")})
    @Column(name = "contact_id")
    public Set<Long> contactIds = new TreeSet<>();

    /** The composite key (project, buyerCompany). */
    public static class Key implements Serializable {
        public Long projectId;
        public Long buyerCompanyId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(projectId, key.projectId) && java.util.Objects.equals(buyerCompanyId, key.buyerCompanyId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(projectId, buyerCompanyId);
        }
    }

    public static List<Invitation> ofProject(long projectId) {
        return list("projectId", projectId);
    }

    public static boolean exists(long projectId, long buyerCompanyId) {
        return count("projectId = ?1 and buyerCompanyId = ?2", projectId, buyerCompanyId) > 0;
    }
}
