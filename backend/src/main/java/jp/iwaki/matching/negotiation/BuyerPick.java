package jp.iwaki.matching.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A product a buyer company wants to meet about, in a project it is invited to. */
@Entity
@Table(name = "buyer_pick")
@IdClass(BuyerPick.Key.class)
public class BuyerPick extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public Long projectId;

    @Id
    @Column(name = "buyer_company_id")
    public Long buyerCompanyId;

    @Id
    @Column(name = "product_id")
    public Long productId;

    @Column(name = "firm_id")
    public long firmId;

    @Column(name = "picked_at")
    public Instant pickedAt;

    @Column(name = "picked_by")
    public String pickedBy;

    /** The composite key (project, buyer company, product). */
    public static class Key implements Serializable {
        public Long projectId;
        public Long buyerCompanyId;
        public Long productId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(projectId, key.projectId)
                    && Objects.equals(buyerCompanyId, key.buyerCompanyId) && Objects.equals(productId, key.productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, buyerCompanyId, productId);
        }
    }
}
