package jp.iwaki.matching.buyer;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.security.CurrentUser;

/**
 * The buyer's rule, named once: a buyer sees only its own company's data (its company, its
 * invitations, its responses, its picks). Anything else answers 404, exactly as if it did not
 * exist, so that ids cannot be probed. Staff are not limited by it.
 */
@RequestScoped
public class BuyerScope {
    private final CurrentUser user;
    private final BuyerAccounts accounts;
    private Optional<Long> company;

    BuyerScope(CurrentUser user, BuyerAccounts accounts) {
        this.user = user;
        this.accounts = accounts;
    }

    /** The signed-in buyer's company; empty for staff and for a buyer linked to none. */
    public Optional<Long> companyId() {
        if (company == null) {
            company = user.isStaff() ? Optional.empty() : accounts.companyOf(user.subject());
        }
        return company;
    }

    /** The signed-in buyer's company, or the given 404 when it has none. */
    public long requireCompany(Supplier<ApiException> notFound) {
        return companyId().orElseThrow(notFound);
    }

    /** Staff see every company; a buyer only its own, and 404 for the rest. */
    public void requireOwnCompany(long companyId, Supplier<ApiException> notFound) {
        if (!user.isStaff() && companyId().map(own -> own != companyId).orElse(true)) {
            throw notFound.get();
        }
    }
}
