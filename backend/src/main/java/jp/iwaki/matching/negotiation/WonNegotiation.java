package jp.iwaki.matching.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
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
        // One array parameter, as Names does: one statement whatever the number of ids, never translated again.
        @SuppressWarnings("unchecked")
        List<Long> found = getEntityManager().createNativeQuery("select id from won_negotiation where id = any(?1) and new_trading_partner")
                .unwrap(org.hibernate.query.NativeQuery.class).addScalar("id", org.hibernate.type.StandardBasicTypes.LONG)
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        return Set.copyOf(found);
    }
}
