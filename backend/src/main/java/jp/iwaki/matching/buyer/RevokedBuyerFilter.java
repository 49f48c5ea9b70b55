package jp.iwaki.matching.buyer;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A buyer's token lives five minutes; a revoked login or an archived company must not wait for it
 * to expire. Every request of a buyer is checked against our database (BuyerAccounts.isRefused)
 * and refused with 403 when its login has ended.
 */
public class RevokedBuyerFilter {
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final BuyerAccounts accounts;

    RevokedBuyerFilter(SecurityIdentity identity, JsonWebToken token, BuyerAccounts accounts) {
        this.identity = identity;
        this.token = token;
        this.accounts = accounts;
    }

    @ServerRequestFilter
    public void refuseEndedLogins() {
        if (!identity.isAnonymous() && identity.hasRole(Roles.BUYER) && accounts.isRefused(token.getSubject())) {
            throw new ApiException(ProblemType.FORBIDDEN, "This login has been revoked",
                    List.of(new FieldError("login", "buyer.login.revoked", "This login has been revoked")));
        }
    }
}
