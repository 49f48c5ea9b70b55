package jp.iwaki.matching.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.firm.TestProducts;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class CatalogueResourceTest {

    @Test
    void anInvitedBuyerSeesTheExhibitorsAndProductsButNoInternalFields() {
        long company = TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        Map<String, Object> firmBody = TestFirms.body();
        long firm = TestFirms.create(firmBody).<Integer>path("id");
        Response product = TestProducts.create(firm, DemoUser.COORDINATOR);
        Api.as(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", product.header("ETag"))
                .body(TestProducts.image("png")).put("/api/products/" + product.path("id") + "/photo").then().statusCode(200);
        Response project = TestProjects.create();
        Response withFirm = TestProjects.addParticipant(project, firm, List.of(product.<Integer>path("id").longValue()));
        TestProjects.invite(withFirm, company);

        String body = Api.as(DemoUser.BUYER).get("/api/catalogue/projects/" + project.path("id")).then().statusCode(200)
                .body("exhibitors[0].tradeName", equalTo(firmBody.get("tradeName")))
                .body("exhibitors[0].products[0].name", equalTo("いわき産さんまのみりん干し"))
                .body("exhibitors[0].products[0].hasPhoto", equalTo(true))
                .extract().asString();
        assertThat(body).doesNotContain("内部メモ", "corporateNumber", "advisor", "notes", "phone");
        Api.as(DemoUser.BUYER).get("/api/catalogue/projects").then().statusCode(200)
                .body("id", hasItem(project.<Integer>path("id")));
        Response photo = Api.as(DemoUser.BUYER).get("/api/catalogue/products/" + product.path("id") + "/photo");
        photo.then().statusCode(200).contentType("image/png");
    }

    @Test
    void aBuyerSeesNothingOfAProjectItsCompanyIsNotInvitedTo() {
        TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        long otherCompany = TestBuyers.linkedCompanyOf(DemoUser.BUYER2);
        long firm = TestFirms.create(TestFirms.body()).<Integer>path("id");
        Response product = TestProducts.create(firm, DemoUser.COORDINATOR);
        Api.as(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", product.header("ETag"))
                .body(TestProducts.image("png")).put("/api/products/" + product.path("id") + "/photo").then().statusCode(200);
        Response project = TestProjects.create();
        Response withFirm = TestProjects.addParticipant(project, firm, List.of(product.<Integer>path("id").longValue()));
        TestProjects.invite(withFirm, otherCompany);

        Api.badRequestAs(DemoUser.BUYER).get("/api/catalogue/projects/" + project.path("id")).then().statusCode(404);
        Api.badRequestAs(DemoUser.BUYER).get("/api/catalogue/products/" + product.path("id") + "/photo").then().statusCode(404);
        Api.as(DemoUser.BUYER).get("/api/catalogue/projects").then().statusCode(200)
                .body("id", not(hasItem(project.<Integer>path("id"))));
        Api.as(DemoUser.BUYER2).get("/api/catalogue/projects/" + project.path("id")).then().statusCode(200);
    }

    @Test
    void staffUseTheProjectPagesNotTheCatalogue() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/catalogue/projects").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).get("/api/projects").then().statusCode(403);
    }
}
