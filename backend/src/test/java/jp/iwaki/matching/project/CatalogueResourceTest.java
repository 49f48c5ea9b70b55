package jp.iwaki.matching.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.Product;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.firm.TestProducts;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class CatalogueResourceTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void anInvitedBuyerSeesTheExhibitorsAndProductsButNoInternalFields() {
        long company = TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        Map<String, Object> firmBody = TestFirms.body();
        long firm = TestFirms.create(firmBody).<Integer>path("id");
        Response product = productWithPhoto(firm);
        Response project = TestProjects.create();
        Response withFirm = TestProjects.addParticipant(project, firm, List.of(product.<Integer>path("id").longValue()));
        TestProjects.inviteAndOpen(withFirm, company);

        String body = Api.as(DemoUser.BUYER).get("/api/catalogue/projects/" + project.path("id")).then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("exhibitors[0].tradeName", equalTo(firmBody.get("tradeName")))
                .body("exhibitors[0].products[0].name", equalTo("いわき産さんまのみりん干し"))
                .body("exhibitors[0].products[0].hasPhoto", equalTo(true))
                .body("events[0].venue", equalTo("いわき産業創造館"))
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
        Response product = productWithPhoto(firm);
        Response project = TestProjects.create();
        Response withFirm = TestProjects.addParticipant(project, firm, List.of(product.<Integer>path("id").longValue()));
        TestProjects.inviteAndOpen(withFirm, otherCompany);

        Api.badRequestAs(DemoUser.BUYER).get("/api/catalogue/projects/" + project.path("id")).then().statusCode(404);
        Api.badRequestAs(DemoUser.BUYER).get("/api/catalogue/products/" + product.path("id") + "/photo").then().statusCode(404);
        Api.as(DemoUser.BUYER).get("/api/catalogue/projects").then().statusCode(200)
                .body("id", not(hasItem(project.<Integer>path("id"))));
        Api.as(DemoUser.BUYER2).get("/api/catalogue/projects/" + project.path("id")).then().statusCode(200);
    }

    @Test
    void aProjectStillBeingPlannedIsHiddenFromItsInvitedBuyersUntilItOpensAndStaysShownWhenClosed() {
        long company = TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        long firm = TestFirms.create(TestFirms.body()).<Integer>path("id");
        Response product = productWithPhoto(firm);
        Response planning = TestProjects.invite(
                TestProjects.addParticipant(TestProjects.create(), firm, List.of(product.<Integer>path("id").longValue())), company);
        String path = "/api/catalogue/projects/" + planning.path("id");
        String photo = "/api/catalogue/products/" + product.path("id") + "/photo";

        Api.badRequestAs(DemoUser.BUYER).get(path).then().statusCode(404).contentType("application/problem+json");
        Api.badRequestAs(DemoUser.BUYER).get(photo).then().statusCode(404);
        Api.as(DemoUser.BUYER).get("/api/catalogue/projects").then().statusCode(200)
                .body("id", not(hasItem(planning.<Integer>path("id"))));

        Response open = TestProjects.changeState(planning, "OPEN");
        Api.as(DemoUser.BUYER).get(path).then().statusCode(200).body("state", equalTo("OPEN"));
        Api.as(DemoUser.BUYER).get(photo).then().statusCode(200);

        TestProjects.changeState(open, "CLOSED");
        Api.as(DemoUser.BUYER).get(path).then().statusCode(200).body("state", equalTo("CLOSED"));
        Api.as(DemoUser.BUYER).get(photo).then().statusCode(200);
        Api.as(DemoUser.BUYER).get("/api/catalogue/projects").then().statusCode(200)
                .body("id", hasItem(planning.<Integer>path("id")));
    }

    @Test
    void anArchivedFirmAndAnArchivedProductAreNotShown() {
        long company = TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        Map<String, Object> keptBody = TestFirms.body();
        long kept = TestFirms.create(keptBody).<Integer>path("id");
        Response shownProduct = productWithPhoto(kept);
        Response archivedProduct = productWithPhoto(kept);
        Response archivedFirm = TestFirms.create(TestFirms.body());
        Response productOfArchivedFirm = productWithPhoto(archivedFirm.<Integer>path("id"));
        Response project = TestProjects.addParticipant(TestProjects.create(), kept, List.of(
                shownProduct.<Integer>path("id").longValue(), archivedProduct.<Integer>path("id").longValue()));
        project = TestProjects.addParticipant(project, archivedFirm.<Integer>path("id"),
                List.of(productOfArchivedFirm.<Integer>path("id").longValue()));
        TestProjects.inviteAndOpen(project, company);
        String path = "/api/catalogue/projects/" + project.path("id");
        Api.as(DemoUser.BUYER).get(path).then().statusCode(200).body("exhibitors", hasSize(2));

        Api.as(DemoUser.COORDINATOR).header("If-Match", archivedFirm.header("ETag"))
                .post("/api/firms/" + archivedFirm.path("id") + "/archive").then().statusCode(200);
        // Products have no archive action of their own yet; the column is what the rule reads.
        long archivedProductId = archivedProduct.<Integer>path("id");
        QuarkusTransaction.requiringNew().run(() -> Product.update("archivedAt = ?1 where id = ?2", Instant.now(), archivedProductId));

        Api.as(DemoUser.BUYER).get(path).then().statusCode(200)
                .body("exhibitors.firmId", contains((int) kept))
                .body("exhibitors[0].tradeName", equalTo(keptBody.get("tradeName")))
                .body("exhibitors[0].products.id", contains(shownProduct.<Integer>path("id")));
        Api.as(DemoUser.BUYER).get("/api/catalogue/projects").then().statusCode(200)
                .body("find { it.id == " + project.path("id") + " }.exhibitors.firmId", contains((int) kept));
        Api.as(DemoUser.BUYER).get("/api/catalogue/products/" + shownProduct.path("id") + "/photo").then().statusCode(200);
        Api.badRequestAs(DemoUser.BUYER).get("/api/catalogue/products/" + archivedProductId + "/photo").then().statusCode(404);
        Api.badRequestAs(DemoUser.BUYER).get("/api/catalogue/products/" + productOfArchivedFirm.path("id") + "/photo")
                .then().statusCode(404);
    }

    @Test
    void aCatalogueOfThirtyExhibitorsIsReadInAsManyStatementsAsOneOfOne() {
        long company = TestBuyers.linkedCompanyOf(DemoUser.BUYER);
        Response small = projectWithExhibitors(1, 1, company);
        long smallProject = statements("/api/catalogue/projects/" + small.path("id"), 1);
        long oneInList = statements("/api/catalogue/projects", 1);

        Response large = projectWithExhibitors(30, 3, company);
        long largeProject = statements("/api/catalogue/projects/" + large.path("id"), 30);
        long twoInList = statements("/api/catalogue/projects", 31);

        assertThat(largeProject).as("statements for 30 exhibitors with 3 products each vs 1 with 1").isEqualTo(smallProject);
        assertThat(twoInList).as("statements for the list of two projects vs one").isEqualTo(oneInList);
        // The buyer's company, the projects with their events, their exhibitors, their products.
        assertThat(largeProject).isLessThanOrEqualTo(5);
    }

    @Test
    void staffUseTheProjectPagesNotTheCatalogue() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/catalogue/projects").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).get("/api/projects").then().statusCode(403);
    }

    private static Response productWithPhoto(long firm) {
        Response product = TestProducts.create(firm, DemoUser.COORDINATOR);
        Api.as(DemoUser.COORDINATOR).contentType("image/png").header("If-Match", product.header("ETag"))
                .body(TestProducts.image("png")).put("/api/products/" + product.path("id") + "/photo").then().statusCode(200);
        return product;
    }

    /**
     * An open project the company is invited to, with the given number of exhibitors each bringing that many
     * products. Written in one statement: 150 API calls would spend half a minute on what this test does not test.
     */
    private static Response projectWithExhibitors(int exhibitors, int productsEach, long company) {
        Response project = TestProjects.create();
        long projectId = project.<Integer>path("id");
        QuarkusTransaction.requiringNew().run(() -> Product.getEntityManager().createNativeQuery("""
                        with firms as (
                            insert into firm (trade_name, trade_name_kana, industry_code, chamber_member, search_key, created_by, updated_by)
                            select 'カタログ事業者 ' || :project || '-' || n, 'カタログジギョウシャ', 'E', true, 'catalogue', 'test', 'test'
                            from generate_series(1, :exhibitors) as n
                            returning id),
                        participants as (
                            insert into project_firm (project_id, firm_id) select :project, id from firms returning firm_id),
                        products as (
                            insert into product (firm_id, name, name_kana, tax_included, search_key, created_by, updated_by)
                            select f.id, '商品 ' || n, 'ショウヒン', true, 'product', 'test', 'test'
                            from firms f cross join generate_series(1, :products) as n
                            returning id, firm_id)
                        insert into project_firm_product (project_id, firm_id, product_id)
                        select :project, p.firm_id, p.id from products p join participants pa on pa.firm_id = p.firm_id""")
                .setParameter("project", projectId).setParameter("exhibitors", exhibitors).setParameter("products", productsEach)
                .executeUpdate());
        return TestProjects.inviteAndOpen(project, company);
    }

    /** The JDBC statements the API prepares to answer the buyer's GET, which must show the given number of exhibitors. */
    private long statements(String path, int exhibitorsShown) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            Response response = Api.as(DemoUser.BUYER).get(path);
            response.then().statusCode(200);
            long prepared = statistics.getPrepareStatementCount();
            List<Integer> shown = path.endsWith("/projects") ? response.path("exhibitors.flatten().firmId") : response.path("exhibitors.firmId");
            assertThat(shown).hasSize(exhibitorsShown);
            return prepared;
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
