package jp.iwaki.matching.me;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import jp.iwaki.matching.buyer.BuyerAccounts;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;

@ApplicationScoped
public class MeService {
    private final BuyerAccounts buyerAccounts;

    MeService(BuyerAccounts buyerAccounts) {
        this.buyerAccounts = buyerAccounts;
    }

    public MeDto describe(CurrentUser user) {
        List<Role> roles = user.roles().stream().map(Role::fromRealmRole).flatMap(Optional::stream).sorted().toList();
        Long company = user.hasRole(Roles.BUYER) ? buyerAccounts.companyOf(user.subject()).orElse(null) : null;
        return new MeDto(user.subject(), user.displayName(), user.email(), roles, company);
    }
}
