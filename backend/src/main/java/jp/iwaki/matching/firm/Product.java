package jp.iwaki.matching.firm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
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
import java.util.List;
import jp.iwaki.matching.common.JapaneseText;

/** A product (商品) a firm brings to buyers. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "firm_id")
    public Firm firm;

    public String name;

    @Column(name = "name_kana")
    public String nameKana = "";

    public String category;

    public String description;

    @Column(name = "price_yen")
    public Integer priceYen;

    @Column(name = "tax_included")
    public boolean taxIncluded = true;

    @Column(name = "content_volume")
    public String contentVolume;

    @Column(name = "shelf_life")
    public String shelfLife;

    public String packaging;

    @Column(name = "minimum_lot")
    public String minimumLot;

    /** Loaded only when the photo itself is asked for. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] photo;

    @Column(name = "photo_content_type")
    public String photoContentType;

    @Column(name = "photo_sha256")
    public String photoSha256;

    @Column(name = "search_key")
    String searchKey = "";

    @Column(name = "archived_at")
    public Instant archivedAt;

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

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchKey = JapaneseText.searchKey(name, nameKana, category);
    }

    public static List<Product> ofFirm(long firmId) {
        return list("firm.id = ?1 and archivedAt is null order by nameKana, id", firmId);
    }
}
