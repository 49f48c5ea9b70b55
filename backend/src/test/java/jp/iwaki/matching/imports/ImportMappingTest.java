package jp.iwaki.matching.imports;

import static jp.iwaki.matching.imports.TestImports.column;
import static jp.iwaki.matching.imports.TestImports.mapping;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files in the office's own columns: the description the SPA reads, the mapping step's
 * proposal, mappings by synonym with values for every row, columns left out, the mapping each
 * user last gave, and bad mappings.
 */
@QuarkusTest
@IntegrationTest
class ImportMappingTest {
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    /** The chamber's own list: no 会員 column, 事業者名 and 電話番号 instead of 商号 and 電話. */
    private static final String OFFICE_HEADER = "事業者名,フリガナ,法人番号,郵便番号,住所,電話番号,業種\r\n";
    private static final List<String[]> OFFICE_COLUMNS = List.of(column("事業者名", "tradeName"), column("フリガナ", "tradeNameKana"),
            column("法人番号", "corporateNumber"), column("郵便番号", "postalCode"), column("住所", "address"),
            column("電話番号", "phone"), column("業種", "industryCode"));

    @BeforeEach
    void forget() {
        TestImports.forgetMappings();
    }

    private static Response upload(DemoUser user, String path, byte[] file, boolean dryRun, String mapping) {
        var request = Api.badRequestAs(user).contentType("text/csv").queryParam("dryRun", dryRun);
        if (mapping != null) {
            request.queryParam("mapping", mapping);
        }
        return request.body(file).post(path);
    }

    private static Response columns(DemoUser user, String kind, byte[] file) {
        return Api.badRequestAs(user).contentType("text/csv").body(file).post("/api/imports/" + kind + "/columns");
    }

    private static String officeRow(String name, String number) {
        return name + ",いわきかいさん," + number + ",970-8026,いわき市平字田町1,0246-22-1111,製造業\r\n";
    }

    @Test
    void theDescriptionListsEachFieldWithItsColumnSynonymsAndRules() {
        Api.as(DemoUser.COORDINATOR).get("/api/imports/firms").then().statusCode(200)
                .body("kind", equalTo("firms"))
                .body("fields.field", hasItems("tradeName", "tradeNameKana", "corporateNumber", "phone", "chamberMember"))
                .body("fields.find { it.field == 'tradeName' }.column", equalTo("商号"))
                .body("fields.find { it.field == 'tradeName' }.synonyms", hasItems("事業者名", "会社名", "企業名"))
                .body("fields.find { it.field == 'tradeName' }.required", equalTo(true))
                .body("fields.find { it.field == 'phone' }.synonyms", hasItems("TEL", "電話番号"))
                .body("fields.find { it.field == 'phone' }.value", equalTo("code"))
                .body("fields.find { it.field == 'phone' }.keptWhenAbsent", equalTo(true))
                .body("fields.find { it.field == 'postalCode' }.synonyms", hasItem("〒"))
                .body("fields.find { it.field == 'chamberMember' }.value", equalTo("choice"))
                .body("fields.find { it.field == 'chamberMember' }.choices", contains("会員", "非会員"))
                .body("fields.find { it.field == 'industryCode' }.value", equalTo("industry"));
        Api.as(DemoUser.ADMIN).get("/api/imports/buyer-companies").then().statusCode(200)
                .body("fields.find { it.field == 'contact.email' }.column", equalTo("メール"))
                .body("fields.find { it.field == 'type' }.choices", hasItems("スーパー", "商社"));
        Api.as(DemoUser.COORDINATOR).get("/api/imports/products").then().statusCode(200)
                .body("fields.find { it.field == 'firm.corporateNumber' }.keptWhenAbsent", equalTo(false))
                .body("fields.find { it.field == 'nameKana' }.synonyms", hasItems("カナ"));
    }

    @Test
    void anUnknownKindIs404AndOnlyCoordinatorsAndAdminsReadTheDescription() {
        Api.badRequestAs(DemoUser.COORDINATOR).get("/api/imports/projects").then().statusCode(404)
                .contentType("application/problem+json");
        Api.badRequestAs(DemoUser.ADVISOR).get("/api/imports/firms").then().statusCode(403);
        Api.badRequestAs(DemoUser.BUYER).contentType("text/csv").body("商号\r\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports/firms/columns").then().statusCode(403);
    }

    @Test
    void theMappingStepSeesTheShiftJisFilesColumnsWithSamplesAndAProposalBySynonyms() {
        // Windows writes the wave dash of いわき〜ふぁーむ as 0x8160, which its table reads as the full-width tilde.
        String csv = OFFICE_HEADER + officeRow("いわき\uFF5Eふぁーむ", "") + officeRow("小名浜水産", "") + officeRow("勿来工業", "") + officeRow("平商店", "");
        columns(DemoUser.COORDINATOR, "firms", csv.getBytes(SHIFT_JIS)).then().statusCode(200)
                .body("encoding", equalTo("Shift_JIS"))
                .body("rows", equalTo(4))
                .body("columns.column", contains("事業者名", "フリガナ", "法人番号", "郵便番号", "住所", "電話番号", "業種"))
                .body("columns[0].samples", contains(either(equalTo("いわき～ふぁーむ")).or(equalTo("いわき〜ふぁーむ")), equalTo("小名浜水産"),
                        equalTo("勿来工業")))
                // An empty column has no samples.
                .body("columns[2].samples", empty())
                .body("mapping.columns.column", contains("事業者名", "フリガナ", "法人番号", "郵便番号", "住所", "電話番号", "業種"))
                .body("mapping.columns.field", contains("tradeName", "tradeNameKana", "corporateNumber", "postalCode", "address",
                        "phone", "industryCode"))
                .body("mapping.constants", empty())
                .body("remembered", equalTo(false));
    }

    @Test
    void headersAreMatchedIgnoringWidthKanaAndCaseAndTheFirstColumnForAFieldWins() {
        String csv = "ｶｲｼｬﾒｲ,ふりがな,ｔｅｌ,〒,会社名,電話番号\r\nA,B,C,D,E,F\r\n";
        columns(DemoUser.COORDINATOR, "firms", csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("mapping.columns.column", contains("ふりがな", "ｔｅｌ", "〒", "会社名"))
                .body("mapping.columns.field", contains("tradeNameKana", "phone", "postalCode", "tradeName"));
    }

    @Test
    void aFileWithoutAMemberColumnImportsWithOneValueForEveryRowAndSynonymsForTheOthers() {
        String unique = Long.toString(System.nanoTime());
        String number = TestFirms.corporateNumber();
        byte[] file = (OFFICE_HEADER + officeRow("いわき海産" + unique, number) + officeRow("磐城食品" + unique, "")).getBytes(SHIFT_JIS);

        // Without a mapping the headers are read by name and synonym: only 会員 is missing, as before.
        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true, null).then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].key", equalTo("import.columnMissing"))
                .body("errors[0].params.column", equalTo("会員"));

        String mapping = mapping(OFFICE_COLUMNS, "chamberMember", "会員");
        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true, mapping).then().statusCode(200)
                .body("encoding", equalTo("Shift_JIS"))
                .body("created", equalTo(2)).body("failed", equalTo(0));
        upload(DemoUser.COORDINATOR, "/api/firms/import", file, false, mapping).then().statusCode(200)
                .body("dryRun", equalTo(false)).body("created", equalTo(2));

        Api.as(DemoUser.COORDINATOR).queryParam("q", number).get("/api/firms").then()
                .body("total", equalTo(1))
                .body("items[0].tradeName", equalTo("いわき海産" + unique))
                .body("items[0].tradeNameKana", equalTo("イワキカイサン"))
                .body("items[0].phone", equalTo("0246-22-1111"))
                .body("items[0].industryCode", equalTo("E"))
                .body("items[0].chamberMember", equalTo(true));
        Api.as(DemoUser.COORDINATOR).queryParam("q", "磐城食品" + unique).get("/api/firms").then()
                .body("total", equalTo(1)).body("items[0].chamberMember", equalTo(true));
    }

    @Test
    void aColumnLeftOutKeepsWhatTheFirmHasAndAProblemNamesTheFilesOwnHeader() {
        Map<String, Object> existing = TestFirms.body();
        TestFirms.create(existing).then().statusCode(201);
        String csv = "会社名,カナ,法人番号,業種,区分,所在地,TEL\r\n"
                + existing.get("tradeName") + ",テストセイサクショ," + existing.get("corporateNumber") + ",E,会員,いわき市 ここは読まない,0246-99-9999\r\n"
                + "別会社" + System.nanoTime() + ",ベツガイシャ,,E,会員,いわき市,電話なし\r\n";
        String mapping = mapping(List.of(column("会社名", "tradeName"), column("カナ", "tradeNameKana"), column("法人番号", "corporateNumber"),
                column("業種", "industryCode"), column("区分", "chamberMember"), column("所在地", null), column("TEL", "phone")));
        upload(DemoUser.COORDINATOR, "/api/firms/import", csv.getBytes(StandardCharsets.UTF_8), true, mapping).then().statusCode(200)
                .body("rows[0].action", equalTo("UPDATE"))
                .body("rows[0].changes.field", contains("phone"))
                .body("rows[1].action", equalTo("ERROR"))
                .body("rows[1].problems[0].column", equalTo("TEL"))
                .body("rows[1].problems[0].field", equalTo("phone"))
                .body("rows[1].problems[0].key", equalTo("format.phone"));
        String fixed = csv.replace("電話なし", "");
        upload(DemoUser.COORDINATOR, "/api/firms/import", fixed.getBytes(StandardCharsets.UTF_8), false, mapping).then().statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(1));
        Api.as(DemoUser.COORDINATOR).queryParam("q", existing.get("corporateNumber")).get("/api/firms").then()
                .body("items[0].phone", equalTo("0246-99-9999"))
                // The 所在地 column was left out: the address stays as it was.
                .body("items[0].address", equalTo(existing.get("address")));
    }

    @Test
    void theLastMappingIsProposedAgainToTheSameUserForTheSameKindOnly() {
        String csv = OFFICE_HEADER + officeRow("記憶テスト" + System.nanoTime(), "");
        byte[] file = csv.getBytes(SHIFT_JIS);
        List<String[]> withoutAddress = List.of(column("事業者名", "tradeName"), column("フリガナ", "tradeNameKana"),
                column("住所", null), column("電話番号", "phone"), column("業種", "industryCode"));
        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true, mapping(withoutAddress, "chamberMember", "非会員"))
                .then().statusCode(200).body("failed", equalTo(0));

        // The coordinator's next file of firms: the same choices, 住所 and the unmapped columns left out, 非会員 for every row.
        columns(DemoUser.COORDINATOR, "firms", file).then().statusCode(200)
                .body("remembered", equalTo(true))
                .body("mapping.columns.column", contains("事業者名", "フリガナ", "電話番号", "業種"))
                .body("mapping.columns.field", contains("tradeName", "tradeNameKana", "phone", "industryCode"))
                .body("mapping.constants[0].field", equalTo("chamberMember"))
                .body("mapping.constants[0].value", equalTo("非会員"));
        // Another user gets the proposal by header, not the coordinator's choices.
        columns(DemoUser.ADMIN, "firms", file).then().statusCode(200)
                .body("remembered", equalTo(false))
                .body("mapping.columns.field", hasItems("address", "corporateNumber", "postalCode"))
                .body("mapping.constants", empty());
        // And the coordinator's mapping of firms is not one of products.
        columns(DemoUser.COORDINATOR, "products", "商号,商品名,住所\r\nA,B,C\r\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("remembered", equalTo(false))
                .body("mapping.constants", empty());
    }

    @Test
    void aRememberedChoiceForAFieldTheFileMapsElsewhereIsNotProposedTwice() {
        byte[] first = "名前,フリガナ,業種\r\nA,エー,E\r\n".getBytes(StandardCharsets.UTF_8);
        upload(DemoUser.COORDINATOR, "/api/firms/import", first, true,
                mapping(List.of(column("名前", "tradeName"), column("フリガナ", "tradeNameKana"), column("業種", "industryCode")),
                        "chamberMember", "会員")).then().statusCode(200);
        // A later file has both 名前 (remembered as the trade name) and 商号, and a 会員 column.
        columns(DemoUser.COORDINATOR, "firms", "名前,商号,会員\r\nA,B,会員\r\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("mapping.columns.column", contains("名前", "会員"))
                .body("mapping.columns.field", contains("tradeName", "chamberMember"))
                .body("mapping.constants", empty());
    }

    @Test
    void badMappingsAre400NamingThePartOfTheMappingAndWriteAndRememberNothing() {
        String name = "不正な対応" + System.nanoTime();
        byte[] file = (OFFICE_HEADER + officeRow(name, "")).getBytes(SHIFT_JIS);

        Response unknownField = upload(DemoUser.COORDINATOR, "/api/firms/import", file, false,
                mapping(List.<String[]>of(column("事業者名", "companyName"))));
        unknownField.then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'mapping.columns[0].field' }.key", equalTo("import.mapping.unknownField"))
                .body("errors.find { it.field == 'mapping.columns[0].field' }.params.field", equalTo("companyName"));

        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true,
                mapping(List.of(column("事業者名", "tradeName"), column("フリガナ", "tradeNameKana"), column("業種", "industryCode"),
                        column("電話番号", "phone"), column("住所", "phone")), "chamberMember", "会員"))
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("mapping.columns[4].field"))
                .body("errors[0].key", equalTo("import.mapping.fieldTwice"))
                .body("errors[0].params.field", equalTo("phone"))
                .body("errors[0].params.first", equalTo("電話番号"))
                .body("errors[0].params.second", equalTo("住所"));

        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true, mapping(OFFICE_COLUMNS)).then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("mapping.chamberMember"))
                .body("errors[0].key", equalTo("import.mapping.required"))
                .body("errors[0].params.column", equalTo("会員"));

        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true, mapping(OFFICE_COLUMNS, "chamberMember", "たぶん"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("mapping.constants[0].value"))
                .body("errors[0].key", equalTo("import.member"));

        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true,
                mapping(List.<String[]>of(column("会員", "chamberMember")))).then().statusCode(400)
                .body("errors.field", hasItem("mapping.columns[0].column"))
                .body("errors.find { it.field == 'mapping.columns[0].column' }.key", equalTo("import.mapping.unknownColumn"));

        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true, mapping(OFFICE_COLUMNS,
                "phone", "0246-00-0000", "chamberMember", "会員")).then().statusCode(400)
                .body("errors.field", contains("mapping.constants[0].field"))
                .body("errors[0].key", equalTo("import.mapping.fieldTwice"));

        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true, "{\"columns\": [{\"column\": \"事業者名\", \"feld\": \"x\"}]}")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("mapping.columns[0].feld"))
                .body("errors[0].key", equalTo("import.mapping.unreadable"));
        upload(DemoUser.COORDINATOR, "/api/firms/import", file, true, "{columns").then().statusCode(400)
                .body("errors[0].field", equalTo("mapping"));

        Api.as(DemoUser.COORDINATOR).queryParam("q", name).get("/api/firms").then().body("total", equalTo(0));
        columns(DemoUser.COORDINATOR, "firms", file).then().body("remembered", equalTo(false));
    }

    @Test
    void buyerCompaniesAndProductsTakeTheirOwnFieldsAndSynonyms() {
        String company = "対応商事" + System.nanoTime();
        String buyers = "会社名,カナ,業態,エリア,ご担当者,メールアドレス,備考\r\n"
                + company + ",タイオウショウジ,商社,首都圏,山田 一郎,yamada" + company.length() + "@map.example,初回\r\n";
        upload(DemoUser.COORDINATOR, "/api/buyer-companies/import", buyers.getBytes(SHIFT_JIS), false, null).then().statusCode(200)
                .body("created", equalTo(1));
        Api.as(DemoUser.COORDINATOR).queryParam("q", company).get("/api/buyer-companies").then()
                .body("items[0].type", equalTo("TRADING_COMPANY"))
                .body("items[0].region", equalTo("TOKYO_AREA"));

        Map<String, Object> firm = TestFirms.body();
        TestFirms.create(firm).then().statusCode(201);
        String products = "法人番号,品名,単価,税区分,備考欄\r\n" + firm.get("corporateNumber") + ",対応かまぼこ,540円,税込,読まない\r\n";
        upload(DemoUser.COORDINATOR, "/api/products/import", products.getBytes(StandardCharsets.UTF_8), true,
                mapping(List.of(column("法人番号", "firm.corporateNumber"), column("品名", "name"), column("単価", "priceYen"),
                        column("税区分", "taxIncluded")), "firm.tradeName", firm.get("tradeName").toString()))
                .then().statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(0))
                .body("rows[0].context", equalTo(firm.get("tradeName")))
                .body("rows[0].problems", empty())
                .body("rows[0].recordId", nullValue());
        upload(DemoUser.COORDINATOR, "/api/products/import", products.getBytes(StandardCharsets.UTF_8), true, null).then().statusCode(400)
                .body("errors.params.column", contains("商号"))
                .body("errors.params.column", not(hasItem("商品名")));
    }

    @Test
    void theProposalIsUsableAsItIs() {
        String csv = OFFICE_HEADER + officeRow("提案どおり" + System.nanoTime(), "");
        Response preview = columns(DemoUser.COORDINATOR, "firms", csv.getBytes(SHIFT_JIS));
        preview.then().statusCode(200);
        String withMember = TestImports.withConstant(preview.jsonPath().getMap("mapping"), "chamberMember", "会員");
        upload(DemoUser.COORDINATOR, "/api/firms/import", csv.getBytes(SHIFT_JIS), true, withMember).then().statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(0));
    }
}
