package jp.iwaki.matching.me;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.iwaki.matching.buyer.BuyerAccounts;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class MeService {
    private final BuyerAccounts buyerAccounts;

    MeService(BuyerAccounts buyerAccounts) {
        this.buyerAccounts = buyerAccounts;
    }

    public MeDto describe(JsonWebToken token, java.util.Set<String> realmRoles) {
        List<Role> roles = realmRoles.stream().map(Role::fromRealmRole).flatMap(Optional::stream).sorted().toList();
        Long company = realmRoles.contains(Roles.BUYER)
                ? buyerAccounts.companyOf(token.getSubject()).orElse(null)
                : null;
        return new MeDto(token.getSubject(), displayName(token), token.getClaim("email"), roles, company);
    }

    /** Japanese order: family name first (佐藤 花子), falling back to what Keycloak has. */
    static String displayName(JsonWebToken token) {
        String family = token.getClaim("family_name");
        String given = token.getClaim("given_name");
        String joined = String.join(" ", Stream.of(family, given).filter(s -> s != null && !s.isBlank()).toList());
        if (!joined.isEmpty()) {
            return joined;
        }
        String name = token.getClaim("name");
        return name != null ? name : token.getClaim("preferred_username");
    }
}
