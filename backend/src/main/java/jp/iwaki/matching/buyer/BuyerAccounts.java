package jp.iwaki.matching.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Which buyer company a signed-in buyer belongs to; the basis of every buyer's data scope. */
@ApplicationScoped
public class BuyerAccounts {
    @Transactional
    public Optional<Long> companyOf(String subject) {
        return BuyerContact.findByLoginSubject(subject).map(contact -> contact.company.id);
    }

    /**
     * Whether the login may no longer be used, though its token has not expired yet: staff revoked
     * it, its contact's person changed, or its company was archived. Two primary-key or unique-index
     * lookups, asked on every request of a buyer.
     */
    @Transactional
    public boolean isRefused(String subject) {
        return (Boolean) BuyerContact.getEntityManager().createNativeQuery("""
                select exists (select 1 from revoked_login where subject = ?1)
                    or exists (select 1 from buyer_contact c join buyer_company b on b.id = c.buyer_company_id
                               where c.login_subject = ?1 and b.archived_at is not null)""")
                .setParameter(1, subject).getSingleResult();
    }
}
