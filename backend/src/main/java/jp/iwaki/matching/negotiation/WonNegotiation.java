package jp.iwaki.matching.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/**
 * A WON negotiation as the database view {@code won_negotiation} computes it, with whether it is
 * a new trading partner (新規取引先): the firm's first WON with this buyer company, by deal date
 * and then id. The view is the one definition; the counts of the targets read it too.
 */
@Entity
@Immutable
@Table(name = "won_negotiation")
public class WonNegotiation extends PanacheEntityBase {
    @Id
    public Long id;

    @Column(name = "new_trading_partner")
    public boolean newTradingPartner;

    /** Which of these negotiations are new trading partners. */
    public static Set<Long> newTradingPartners(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Long> found = getEntityManager().createQuery(
                        "select w.id from WonNegotiation w where w.id in :ids and w.newTradingPartner = true", Long.class)
                .setParameter("ids", ids).getResultList();
        return new HashSet<>(found);
    }
}
