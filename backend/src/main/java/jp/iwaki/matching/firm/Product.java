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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.iwaki.matching.audit.Audited;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.JapaneseText;

/** A product (商品) a firm brings to buyers. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase implements Audited, Editable {
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

    @Override
    public long currentVersion() {
        return version;
    }

    /** A product changes with its firm: not once the firm is archived. */
    @Override
    public Optional<ApiException> readOnlyReason() {
        return firm.readOnlyReason();
    }

    /** Product changes appear in the firm's history, where people look for them. */
    @Override
    public String auditType() {
        return firm.auditType();
    }

    @Override
    public Long auditId() {
        return firm.id;
    }

    @Override
    public void touch(Instant at, String subject) {
        updatedAt = at;
        updatedBy = subject;
    }

    /** The audited fields, named products[id].field in the firm's history. */
    @Override
    public Map<String, String> auditSnapshot() {
        String at = "products[" + id + "].";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(at + "name", name);
        fields.put(at + "nameKana", nameKana);
        fields.put(at + "category", category);
        fields.put(at + "description", description);
        fields.put(at + "priceYen", priceYen == null ? null : priceYen.toString());
        fields.put(at + "taxIncluded", Boolean.toString(taxIncluded));
        fields.put(at + "contentVolume", contentVolume);
        fields.put(at + "shelfLife", shelfLife);
        fields.put(at + "packaging", packaging);
        fields.put(at + "minimumLot", minimumLot);
        return fields;
    }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchKey = JapaneseText.searchKey(name, nameKana, category);
    }

    public static List<Product> ofFirm(long firmId) {
        return list("firm.id = ?1 and archivedAt is null order by nameKana, id", firmId);
    }
}
