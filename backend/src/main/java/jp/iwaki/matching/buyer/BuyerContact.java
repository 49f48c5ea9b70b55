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
import java.util.List;
import java.util.Optional;

/** A person at a buyer company; one who may log in carries the Keycloak user id. */
@Entity
@Table(name = "buyer_contact")
public class BuyerContact extends PanacheEntityBase {
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

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public static Optional<BuyerContact> findByLoginSubject(String subject) {
        return find("loginSubject", subject).firstResultOptional();
    }

    public static List<BuyerContact> ofCompany(long companyId) {
        return list("company.id = ?1 order by nameKana, id", companyId);
    }
}
