package jp.iwaki.matching.advisor;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.KeycloakTestRealm;

/** Users a test adds to the real Keycloak through its Admin REST API, and removes again. */
final class KeycloakUsers {
    private KeycloakUsers() {
    }

    private static String users() {
        return KeycloakTestRealm.keycloakUrl() + "/admin/realms/iwaki/users";
    }

    /** A new enabled user with the realm's advisor role; its user id. */
    static String createAdvisor(String lastName, String firstName) {
        String admin = KeycloakTestRealm.adminToken();
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "advisor-" + System.nanoTime(), "lastName", lastName, "firstName", firstName, "enabled", true))
                .post(users()).then().statusCode(201).extract().header("Location");
        String subject = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> role = given().auth().oauth2(admin)
                .get(KeycloakTestRealm.keycloakUrl() + "/admin/realms/iwaki/roles/advisor").then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role))
                .post(users() + "/" + subject + "/role-mappings/realm").then().statusCode(204);
        return subject;
    }

    static void delete(String subject) {
        given().auth().oauth2(KeycloakTestRealm.adminToken()).delete(users() + "/" + subject).then().statusCode(204);
    }
}
