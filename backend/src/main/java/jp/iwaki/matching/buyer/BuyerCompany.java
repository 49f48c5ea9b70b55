package jp.iwaki.matching.buyer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.iwaki.matching.audit.Audited;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.JapaneseText;

/** A buyer company (バイヤー企業/販路先企業): supermarket, wholesaler, trading company… */
@Entity
@Table(name = "buyer_company")
public class BuyerCompany extends PanacheEntityBase implements Audited, Editable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "name_kana")
    public String nameKana = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_type")
    public BuyerType type = BuyerType.OTHER;

    @Enumerated(EnumType.STRING)
    public Region region = Region.TOKYO_AREA;

    @Column(name = "postal_code")
    public String postalCode;

    public String address;

    public String phone;

    /** Internal: never shown to buyers. */
    public String notes;

    @Column(name = "search_key")
    String searchKey = "";

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "created_by")
    public String createdBy = "system";

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Column(name = "updated_by")
    public String updatedBy = "system";

    public boolean isArchived() {
        return archivedAt != null;
    }

    @Override
    public long currentVersion() {
        return version;
    }

    @Override
    public Optional<ApiException> readOnlyReason() {
        return isArchived() ? Optional.of(ApiException.archived("buyer", "The buyer company")) : Optional.empty();
    }

    @Override
    public String auditType() {
        return "buyer_company";
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
        fields.put("name", name);
        fields.put("nameKana", nameKana);
        fields.put("type", type.name());
        fields.put("region", region.name());
        fields.put("postalCode", postalCode);
        fields.put("address", address);
        fields.put("phone", phone);
        fields.put("notes", notes);
        return fields;
    }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchKey = JapaneseText.searchKey(name, nameKana);
    }
}
