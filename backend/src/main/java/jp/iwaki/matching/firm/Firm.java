package jp.iwaki.matching.firm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.iwaki.matching.common.JapaneseText;

/** An exhibitor firm (支援事業者/出展事業者): one record however many programs and years it joins. */
@Entity
@Table(name = "firm")
public class Firm extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trade_name")
    public String tradeName;

    @Column(name = "trade_name_kana")
    public String tradeNameKana;

    /** 法人番号; null for sole proprietors. */
    @Column(name = "corporate_number")
    public String corporateNumber;

    @Column(name = "industry_code")
    public String industryCode;

    @Column(name = "postal_code")
    public String postalCode;

    public String address;

    @Column(name = "representative_name")
    public String representativeName;

    @Column(name = "contact_name")
    public String contactName;

    public String phone;

    public String email;

    public Integer employees;

    @Column(name = "chamber_member")
    public boolean chamberMember;

    @Column(name = "advisor_subject")
    public String advisorSubject;

    @Column(name = "advisor_name")
    public String advisorName;

    /** Internal: never shown outside the chamber. */
    public String notes;

    @Column(name = "search_key")
    String searchKey;

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

    public boolean isArchived() {
        return archivedAt != null;
    }

    public boolean isAssignedTo(String advisorSubject) {
        return advisorSubject != null && advisorSubject.equals(this.advisorSubject);
    }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchKey = JapaneseText.searchKey(tradeName, tradeNameKana, corporateNumber);
    }
}
