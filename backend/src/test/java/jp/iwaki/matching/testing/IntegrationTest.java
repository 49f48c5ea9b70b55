package jp.iwaki.matching.testing;

import io.quarkus.test.common.QuarkusTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a {@code @QuarkusTest} that runs against real PostgreSQL, Keycloak and an SMTP server (GreenMail). */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KeycloakTestRealm.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MailTestServer.class, restrictToAnnotatedClass = false)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IntegrationTest {
}
