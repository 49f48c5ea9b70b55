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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.iwaki.matching.audit.Audited;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.JapaneseText;

/** An exhibitor firm (支援事業者/出展事業者): one record however many programs and years it joins. */
@Entity
@Table(name = "firm")
public class Firm extends PanacheEntityBase implements Audited, Editable {
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

    @Override
    public long currentVersion() {
        return version;
    }

    @Override
    public Optional<ApiException> readOnlyReason() {
        return isArchived() ? Optional.of(ApiException.archived("firm", "The firm")) : Optional.empty();
    }

    @Override
    public String auditType() {
        return "firm";
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
        fields.put("tradeName", tradeName);
        fields.put("tradeNameKana", tradeNameKana);
        fields.put("corporateNumber", corporateNumber);
        fields.put("industryCode", industryCode);
        fields.put("postalCode", postalCode);
        fields.put("address", address);
        fields.put("representativeName", representativeName);
        fields.put("contactName", contactName);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("employees", employees == null ? null : employees.toString());
        fields.put("chamberMember", Boolean.toString(chamberMember));
        fields.put("advisor", advisorSubject == null ? null : advisorName + " (" + advisorSubject + ")");
        fields.put("notes", notes);
        return fields;
    }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchKey = JapaneseText.searchKey(tradeName, tradeNameKana, corporateNumber);
    }
}
