package jp.iwaki.matching.me;

import java.util.Locale;
import java.util.Optional;

public enum Role {
    ADMIN, ADVISOR, BUYER, COORDINATOR;

    static Optional<Role> fromRealmRole(String realmRole) {
        try {
            return Optional.of(valueOf(realmRole.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
