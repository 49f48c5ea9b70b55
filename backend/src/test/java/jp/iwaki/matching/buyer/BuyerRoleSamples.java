package jp.iwaki.matching.buyer;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.RoleSamples;

/** Valid requests for the buyer company and contact operations, for the endpoint-roles test. */
public class BuyerRoleSamples implements RoleSamples {
    @Override
    public Map<String, Sample> samples() {
        return Map.ofEntries(
                Map.entry("listBuyerCompanies", (r, u) -> r.get("/api/buyer-companies")),
                Map.entry("exportBuyerCompanies", (r, u) -> r.queryParam("format", "csv").get("/api/buyer-companies/export")),
                Map.entry("importBuyerCompanies", (r, u) -> r.contentType("text/csv").queryParam("dryRun", true)
                        .body("企業名,フリガナ,種別,地域\r\n権限商事,ケンゲンショウジ,商社,首都圏\r\n".getBytes(StandardCharsets.UTF_8))
                        .post("/api/buyer-companies/import")),
                Map.entry("createBuyerCompany", (r, u) -> r.contentType(ContentType.JSON).body(TestBuyers.body()).post("/api/buyer-companies")),
                Map.entry("getBuyerCompany", (r, u) -> r.get("/api/buyer-companies/" + TestBuyers.companyFor(u))),
                Map.entry("updateBuyerCompany", (r, u) -> {
                    Response company = TestBuyers.create();
                    return r.contentType(ContentType.JSON).header("If-Match", company.header("ETag")).body(TestBuyers.body())
                            .put("/api/buyer-companies/" + company.path("id"));
                }),
                Map.entry("archiveBuyerCompany", (r, u) -> {
                    Response company = TestBuyers.create();
                    return r.header("If-Match", company.header("ETag")).post("/api/buyer-companies/" + company.path("id") + "/archive");
                }),
                Map.entry("getBuyerCompanyHistory", (r, u) -> r.get("/api/buyer-companies/" + TestBuyers.companyFor(u) + "/history")),
                Map.entry("listBuyerContacts", (r, u) -> r.get("/api/buyer-companies/" + TestBuyers.companyFor(u) + "/contacts")),
                Map.entry("createBuyerContact", (r, u) -> r.contentType(ContentType.JSON).body(Map.of("name", "追加 担当"))
                        .post("/api/buyer-companies/" + TestBuyers.companyFor(u) + "/contacts")),
                Map.entry("grantBuyerLogin", (r, u) -> {
                    long company = TestBuyers.create().<Integer>path("id");
                    Response contact = TestBuyers.addContact(company, "ログイン 付与");
                    return r.post("/api/buyer-companies/" + company + "/contacts/" + contact.path("id") + "/login");
                }),
                Map.entry("revokeBuyerLogin", (r, u) -> {
                    long company = TestBuyers.create().<Integer>path("id");
                    Response contact = TestBuyers.addContact(company, "ログイン 失効");
                    String login = "/api/buyer-companies/" + company + "/contacts/" + contact.path("id") + "/login";
                    Api.as(DemoUser.COORDINATOR).post(login).then().statusCode(201);
                    return r.delete(login);
                }),
                Map.entry("updateBuyerContact", (r, u) -> {
                    long company = TestBuyers.create().<Integer>path("id");
                    Response contact = TestBuyers.addContact(company, "更新 担当");
                    return r.contentType(ContentType.JSON).header("If-Match", contact.header("ETag")).body(Map.of("name", "更新後 担当"))
                            .put("/api/buyer-companies/" + company + "/contacts/" + contact.path("id"));
                }));
    }
}
