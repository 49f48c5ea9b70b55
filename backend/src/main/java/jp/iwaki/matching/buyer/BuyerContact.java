package jp.iwaki.matching.buyer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.audit.Audited;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import java.util.Optional;

/** A person at a buyer company; one who may log in carries the Keycloak user id. */
@Entity
@Table(name = "buyer_contact")
public class BuyerContact extends PanacheEntityBase implements Audited, Editable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_company_id")
    public BuyerCompany company;

    public String name;

    @Column(name = "name_kana")
    public String nameKana = "";

    public String department;

    public String email;

    public String phone;

    @Column(name = "login_subject")
    public String loginSubject;

    /** ja or en: the language of the mails it gets and of its survey form. */
    @Column(name = "preferred_language")
    public String preferredLanguage = "ja";

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Override
    public long currentVersion() {
        return version;
    }

    /** A contact changes with its company: not once the company is archived. */
    @Override
    public Optional<ApiException> readOnlyReason() {
        return company.readOnlyReason();
    }

    /** Contact changes appear in the company's history. */
    @Override
    public String auditType() {
        return company.auditType();
    }

    @Override
    public Long auditId() {
        return company.id;
    }

    @Override
    public void touch(Instant at, String subject) {
        updatedAt = at;
    }

    /** The audited fields, named contacts[id].field in the company's history. */
    @Override
    public Map<String, String> auditSnapshot() {
        return snapshot("contacts[" + id + "].");
    }

    /** The audited fields under a prefix of the caller's choosing (an import names them contact.field). */
    public Map<String, String> snapshot(String at) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(at + "name", name);
        fields.put(at + "nameKana", nameKana);
        fields.put(at + "department", department);
        fields.put(at + "email", email);
        fields.put(at + "phone", phone);
        fields.put(at + "preferredLanguage", preferredLanguage);
        return fields;
    }

    public static Optional<BuyerContact> findByLoginSubject(String subject) {
        return find("loginSubject", subject).firstResultOptional();
    }

    public static List<BuyerContact> ofCompany(long companyId) {
        return list("company.id = ?1 order by nameKana, id", companyId);
    }
}
