package jp.iwaki.matching.firm;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.RoleSamples;

/** Valid requests for the firm and product operations, for the endpoint-roles test. */
public class FirmRoleSamples implements RoleSamples {
    @Override
    public Map<String, Sample> samples() {
        return Map.ofEntries(
                Map.entry("listIndustries", (r, u) -> r.get("/api/industries")),
                Map.entry("listFirms", (r, u) -> r.get("/api/firms")),
                Map.entry("exportFirms", (r, u) -> r.queryParam("format", "xlsx").get("/api/firms/export")),
                Map.entry("importFirms", (r, u) -> r.contentType("text/csv").queryParam("dryRun", true)
                        .body("商号,フリガナ,業種,会員\r\n権限テスト,ケンゲンテスト,E,会員\r\n".getBytes(StandardCharsets.UTF_8))
                        .post("/api/firms/import")),
                Map.entry("createFirm", (r, u) -> r.contentType(ContentType.JSON).body(TestFirms.body()).post("/api/firms")),
                Map.entry("getFirm", (r, u) -> r.get("/api/firms/" + TestFirms.assignedTo(u).path("id"))),
                Map.entry("updateFirm", (r, u) -> {
                    Response firm = TestFirms.assignedTo(u);
                    return r.contentType(ContentType.JSON).header("If-Match", firm.header("ETag"))
                            .body(inputOf(firm)).put("/api/firms/" + firm.path("id"));
                }),
                Map.entry("archiveFirm", (r, u) -> {
                    Response firm = TestFirms.assignedTo(u);
                    return r.header("If-Match", firm.header("ETag")).post("/api/firms/" + firm.path("id") + "/archive");
                }),
                Map.entry("getFirmHistory", (r, u) -> r.get("/api/firms/" + TestFirms.assignedTo(u).path("id") + "/history")),
                Map.entry("listFirmProducts", (r, u) -> r.get("/api/firms/" + TestFirms.assignedTo(u).path("id") + "/products")),
                Map.entry("createProduct", (r, u) -> r.contentType(ContentType.JSON).body(TestProducts.body())
                        .post("/api/firms/" + TestFirms.assignedTo(u).path("id") + "/products")),
                Map.entry("listProducts", (r, u) -> r.get("/api/products")),
                Map.entry("exportProducts", (r, u) -> r.queryParam("format", "csv").get("/api/products/export")),
                Map.entry("importProducts", (r, u) -> r.contentType("text/csv").queryParam("dryRun", true)
                        .body(("商号,商品名\r\n" + TestFirms.assignedTo(u).path("tradeName") + ",権限テスト商品\r\n")
                                .getBytes(StandardCharsets.UTF_8))
                        .post("/api/products/import")),
                Map.entry("getProduct", (r, u) -> r.get("/api/products/" + TestProducts.ofFirmAssignedTo(u).path("id"))),
                Map.entry("updateProduct", (r, u) -> {
                    Response product = TestProducts.ofFirmAssignedTo(u);
                    return r.contentType(ContentType.JSON).header("If-Match", product.header("ETag")).body(TestProducts.body())
                            .put("/api/products/" + product.path("id"));
                }),
                Map.entry("replaceProductPhoto", (r, u) -> {
                    Response product = TestProducts.ofFirmAssignedTo(u);
                    return r.contentType("image/png").header("If-Match", product.header("ETag")).body(TestProducts.image("png"))
                            .put("/api/products/" + product.path("id") + "/photo");
                }),
                Map.entry("getProductPhoto", (r, u) -> {
                    Response product = TestProducts.ofFirmAssignedTo(u);
                    TestProducts.addPhoto(product);
                    return r.get("/api/products/" + product.path("id") + "/photo");
                }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inputOf(Response firm) {
        Map<String, Object> input = new HashMap<>(firm.as(Map.class));
        for (String readOnly : List.of("id", "archived", "version", "createdAt", "updatedAt")) {
            input.remove(readOnly);
        }
        Map<String, Object> advisor = (Map<String, Object>) input.remove("advisor");
        if (advisor != null) {
            input.put("advisorSubject", advisor.get("subject"));
        }
        return input;
    }

}
