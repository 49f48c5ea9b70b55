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
}
