package jp.iwaki.matching.survey;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;

/**
 * Surveys made by the tests themselves: a FOOD project of the current fiscal year with its own
 * firms, products and buyer companies (one contact each), a survey open from today for a month
 * from the shipped FOOD template, and its invitations.
 */
public final class TestSurveys {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestSurveys() {
    }

    public record Firm(long id, String name, List<Long> products, List<String> productNames) {
    }

    public record Buyer(long companyId, String companyName, long contactId, String contactName, String email, String language,
            long invitationId) {
    }

    public record Fixture(long projectId, long surveyId, long versionId, List<Firm> firms, List<Buyer> buyers) {
        public List<Long> products() {
            return firms.stream().flatMap(f -> f.products().stream()).toList();
        }

        public Buyer buyer(int i) {
            return buyers.get(i);
        }
    }

    public static LocalDate today() {
        return LocalDate.now(FiscalYear.JAPAN);
    }

    /** The shipped FOOD template's current version. */
    public static long foodVersion() {
        List<Map<String, Object>> templates = Api.as(DemoUser.COORDINATOR).queryParam("program", "FOOD").get("/api/survey-templates")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return templates.stream().filter(t -> Boolean.TRUE.equals(t.get("shipped"))).findFirst()
                .map(t -> ((Number) t.get("currentVersionId")).longValue()).orElseThrow();
    }

    /** A survey with {@code firms} firms of {@code products} products each and {@code buyers} invited contacts. */
    public static Fixture food(int firms, int products, int buyers) {
        return food(firms, products, buyers, foodVersion());
    }

    public static Fixture food(int firms, int products, int buyers, long versionId) {
        return food(firms, products, buyers, versionId, today().minusDays(40));
    }

    /**
     * The survey opens on {@code opensOn} (40 days ago unless said otherwise, so that its dates can
     * be moved into the past without leaving its project's fiscal year) and closes 30 days from today.
     */
    public static Fixture food(int firms, int products, int buyers, long versionId, LocalDate opensOn) {
        int n = SEQUENCE.incrementAndGet();
        long stamp = System.nanoTime();
        Response project = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of(
                "program", "FOOD", "fiscalYear", FiscalYear.containing(opensOn).startYear(),
                "title", "アンケート試験 商談会 " + n + "-" + stamp)).post("/api/projects");
        project.then().statusCode(201);
        long projectId = project.<Integer>path("id");
        String etag = project.header("ETag");
        List<Firm> madeFirms = new ArrayList<>();
        for (int f = 0; f < firms; f++) {
            Map<String, Object> firmBody = TestFirms.body();
            firmBody.put("tradeName", "試験食品" + (char) ('A' + f) + "社-" + n + "-" + stamp);
            Response firm = TestFirms.create(firmBody);
            firm.then().statusCode(201);
            long firmId = firm.<Integer>path("id");
            List<Long> productIds = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int p = 0; p < products; p++) {
                String name = "商品" + (char) ('A' + f) + (p + 1) + "-" + n + "-" + stamp;
                Response product = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                        .body(Map.of("name", name, "taxIncluded", true, "category", f == 0 ? "水産加工品" : "菓子", "priceYen", 500 + p))
                        .post("/api/firms/" + firmId + "/products");
                product.then().statusCode(201);
                productIds.add(product.<Integer>path("id").longValue());
                names.add(name);
            }
            Response changed = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("productIds", productIds)).put("/api/projects/" + projectId + "/participants/" + firmId);
            changed.then().statusCode(200);
            etag = changed.header("ETag");
            madeFirms.add(new Firm(firmId, firmBody.get("tradeName").toString(), productIds, names));
        }
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int b = 0; b < buyers; b++) {
            Map<String, Object> companyBody = TestBuyers.body();
            companyBody.put("type", b % 2 == 0 ? "SUPERMARKET" : "DEPARTMENT_STORE");
            companyBody.put("region", b % 2 == 0 ? "TOKYO_AREA" : "TOHOKU");
            Response company = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(companyBody).post("/api/buyer-companies");
            company.then().statusCode(201);
            long companyId = company.<Integer>path("id");
            String language = b % 3 == 2 ? "en" : "ja";
            String email = "buyer" + n + "-" + b + "-" + stamp + "@survey.example";
            Response contact = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("name", "試験 担当" + b, "nameKana", "シケン タントウ", "email", email, "preferredLanguage", language))
                    .post("/api/buyer-companies/" + companyId + "/contacts");
            contact.then().statusCode(201);
            long contactId = contact.<Integer>path("id");
            Response invited = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("contactIds", List.of(contactId))).put("/api/projects/" + projectId + "/invitations/" + companyId);
            invited.then().statusCode(200);
            etag = invited.header("ETag");
            Map<String, Object> made = new HashMap<>();
            made.put("companyId", companyId);
            made.put("companyName", companyBody.get("name"));
            made.put("contactId", contactId);
            made.put("contactName", "試験 担当" + b);
            made.put("email", email);
            made.put("language", language);
            contacts.add(made);
        }
        Response survey = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of(
                "projectId", projectId, "templateVersionId", versionId, "title", "バイヤーアンケート " + n,
                "opensOn", opensOn.toString(), "closesOn", (opensOn.isAfter(today()) ? opensOn : today()).plusDays(30).toString()))
                .post("/api/surveys");
        survey.then().statusCode(201);
        long surveyId = survey.<Integer>path("id");
        Map<Long, Long> invitations = new HashMap<>();
        if (buyers > 0) {
            Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of()).post("/api/surveys/" + surveyId + "/invitations")
                    .then().statusCode(200).extract().jsonPath().getList("created", Map.class)
                    .forEach(i -> invitations.put(((Number) i.get("contactId")).longValue(), ((Number) i.get("id")).longValue()));
        }
        List<Buyer> madeBuyers = contacts.stream().map(c -> new Buyer((Long) c.get("companyId"), (String) c.get("companyName"),
                (Long) c.get("contactId"), (String) c.get("contactName"), (String) c.get("email"), (String) c.get("language"),
                invitations.get((Long) c.get("contactId")))).toList();
        return new Fixture(projectId, surveyId, versionId, madeFirms, madeBuyers);
    }

    /** Moves the survey's dates (as a coordinator); the survey as saved. */
    public static Response moveDates(long surveyId, LocalDate opensOn, LocalDate closesOn) {
        Response survey = Api.as(DemoUser.COORDINATOR).get("/api/surveys/" + surveyId);
        Response moved = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", survey.header("ETag"))
                .body(Map.of("templateVersionId", survey.<Object>path("templateVersionId"), "title", survey.<Object>path("title"),
                        "opensOn", opensOn.toString(), "closesOn", closesOn.toString()))
                .put("/api/surveys/" + surveyId);
        moved.then().statusCode(200);
        return moved;
    }

    /** A new link to the invitation (a printed sheet's), its raw token. */
    public static String token(long surveyId, long invitationId) {
        return Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("invitationIds", List.of(invitationId)))
                .post("/api/surveys/" + surveyId + "/sheets").then().statusCode(200).extract().path("[0].token");
    }

    public static String token(Fixture fixture, int buyer) {
        return token(fixture.surveyId(), fixture.buyer(buyer).invitationId());
    }

    /** A complete answer to the FOOD template, rating the given products with the given value on every criterion. */
    public static Map<String, Object> foodAnswers(List<Long> rated, int value) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("bestSellers", Map.of("text", "地元産の干物と冷凍の焼き魚"));
        answers.put("wantedItems", Map.of("choices", List.of("seafood", "frozen")));
        answers.put("requiredQuantity", Map.of("number", 20));
        answers.put("packaging", Map.of("choice", "individual"));
        answers.put("interest", Map.of("number", 4));
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (Long product : rated) {
            ratings.add(rating(product, value, value, value, value, value, null, false, false));
        }
        answers.put("productRatings", Map.of("ratings", ratings));
        return answers;
    }

    public static Map<String, Object> rating(long product, Integer design, Integer taste, Integer price, Integer volume, Integer pack,
            String comment, boolean wants, boolean consents) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("productId", product);
        put(rating, "design", design);
        put(rating, "taste", taste);
        put(rating, "price", price);
        put(rating, "contentVolume", volume);
        put(rating, "package", pack);
        put(rating, "comment", comment);
        rating.put("wantToNegotiate", wants);
        rating.put("consentToBeNamed", consents);
        return rating;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Submits through the link (reading the form's ETag first); the answer. */
    public static Response submitByLink(String token, Map<String, Object> answers) {
        String etag = Api.publicly().get("/api/survey-links/" + token).then().statusCode(200).extract().header("ETag");
        return Api.publicly().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("answers", answers))
                .post("/api/survey-links/" + token + "/submission");
    }
}
