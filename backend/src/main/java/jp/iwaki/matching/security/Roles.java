package jp.iwaki.matching.security;

/** Realm roles of Keycloak realm {@code iwaki}, as used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String ADVISOR = "advisor";
    public static final String BUYER = "buyer";
    public static final String COORDINATOR = "coordinator";

    private Roles() {
    }
}
