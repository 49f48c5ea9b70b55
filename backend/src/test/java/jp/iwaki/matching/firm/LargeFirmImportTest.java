package jp.iwaki.matching.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.iwaki.matching.imports.TestImports;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A chamber's whole list in one file: the dry run finds the registered firms for all rows in a
 * fixed number of statements, not one per row. No time is asserted; the log says how long it took.
 */
@QuarkusTest
@IntegrationTest
class LargeFirmImportTest {
    private static final Logger LOG = Logger.getLogger(LargeFirmImportTest.class);
    private static final int REGISTERED = 3_000;
    private static final int BY_NUMBER = 1_000;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aTenThousandRowDryRunReadsTheRegistryInAsManyStatementsAsAHundredRowOne() {
        String stamp = Long.toString(System.nanoTime());
        List<String> numbers = registerFirms(stamp);
        String mapping = TestImports.mapping(List.of(TestImports.column("事業者名", "tradeName"), TestImports.column("フリガナ", "tradeNameKana"),
                TestImports.column("法人番号", "corporateNumber"), TestImports.column("業種", "industryCode"),
                TestImports.column("〒", "postalCode"), TestImports.column("TEL", "phone")), "chamberMember", "会員");

        long small = statements(file(stamp, numbers, 100), mapping, 100, 70, 30);
        long large = statements(file(stamp, numbers, 10_000), mapping, 10_000, 7_000, 3_000);

        // Counted at all: the remembered mapping and the industries are read whatever the file.
        assertThat(small).as("statements for 100 rows").isGreaterThanOrEqualTo(2);
        assertThat(large).as("statements for 10,000 rows vs 100").isEqualTo(small);
        // The remembered mapping, the industries, the firms by 法人番号 and by name.
        assertThat(large).isLessThanOrEqualTo(6);
    }

    /** Firms already registered: the first thousand with a 法人番号, all with a name and 〒 the file repeats. */
    private static List<String> registerFirms(String stamp) {
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> postalCodes = new ArrayList<>();
        for (int n = 1; n <= REGISTERED; n++) {
            names.add(name(stamp, n));
            numbers.add(n <= BY_NUMBER ? TestFirms.corporateNumber() : null);
            postalCodes.add(postalCode(n));
        }
        QuarkusTransaction.requiringNew().run(() -> Firm.getEntityManager().createNativeQuery("""
                        insert into firm (trade_name, trade_name_kana, corporate_number, industry_code, postal_code, chamber_member,
                                          search_key, created_by, updated_by)
                        select name, 'キボテスト', number, 'E', postal_code, true, 'large-import', 'test', 'test'
                        from unnest(:names, :numbers, :postalCodes) as f(name, number, postal_code)""")
                .setParameter("names", names.toArray(String[]::new))
                .setParameter("numbers", numbers.toArray(String[]::new))
                .setParameter("postalCodes", postalCodes.toArray(String[]::new))
                .executeUpdate());
        return numbers.subList(0, BY_NUMBER);
    }

    private static String name(String stamp, int n) {
        return "規模テスト" + stamp + "-" + n;
    }

    private static String postalCode(int n) {
        return "970-8" + String.format("%03d", n % 1000);
    }

    /**
     * The office's list: the first tenth of the rows name registered firms by 法人番号, the next two
     * tenths by name and 〒 (written in full-width digits), the rest are new firms.
     */
    private static byte[] file(String stamp, List<String> numbers, int rows) {
        StringBuilder csv = new StringBuilder("事業者名,フリガナ,法人番号,業種,〒,TEL\r\n");
        for (int n = 1; n <= rows; n++) {
            boolean registered = n <= rows * 3 / 10;
            String name = registered ? name(stamp, n) : "規模テスト新規" + stamp + "-" + rows + "-" + n;
            String number = n <= rows / 10 ? numbers.get(n - 1) : "";
            csv.append(name).append(",きぼてすと,").append(number).append(",製造業,")
                    .append(registered ? fullWidth(postalCode(n)) : postalCode(n)).append(",0246-22-").append(String.format("%04d", n % 10_000))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
        return out.toString();
    }

    /** The JDBC statements the API prepares for a dry run of the file, which must report what it says. */
    private long statements(byte[] file, String mapping, int rows, int created, int updated) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            long start = System.nanoTime();
            Response response = Api.badRequestAs(DemoUser.COORDINATOR).contentType("text/csv").queryParam("dryRun", true)
                    .queryParam("mapping", mapping).body(file).post("/api/firms/import");
            long millis = (System.nanoTime() - start) / 1_000_000;
            long prepared = statistics.getPrepareStatementCount();
            response.then().statusCode(200)
                    .body("failed", equalTo(0))
                    .body("created", equalTo(created))
                    .body("updated", equalTo(updated))
                    .body("rows.size()", equalTo(rows));
            LOG.infof("Dry run of %d rows: %d statements, %d ms (request, answer and its check against the contract)", rows, prepared, millis);
            return prepared;
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
