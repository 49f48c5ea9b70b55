package jp.iwaki.matching.buyer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A buyer company (バイヤー企業/販路先企業): supermarket, wholesaler, trading company… */
@Entity
@Table(name = "buyer_company")
public class BuyerCompany extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "name_kana")
    public String nameKana = "";

    @Version
    public long version;
}
