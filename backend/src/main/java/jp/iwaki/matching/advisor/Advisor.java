package jp.iwaki.matching.advisor;


/** An advisor (経営指導員): a Keycloak user with the advisor role, by user id and name. */
public record Advisor(
        String subject,
        String name) {
}
