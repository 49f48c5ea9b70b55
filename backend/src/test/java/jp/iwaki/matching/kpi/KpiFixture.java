package jp.iwaki.matching.kpi;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.firm.TestFirms;
import jp.iwaki.matching.testing.DemoUser;

/**
 * Records of fiscal years 2010 and 2011 (平成22・23年度), which no other test touches, built by hand
 * so that every expected count can be worked out on paper (see {@link KpiCountingTest}). Firms and
 * buyer companies go through the API; projects and negotiations with their histories are written
 * as SQL, because their dates lie in the past, where the API (rightly) does not let a user put them.
 */
final class KpiFixture {
    static final int FY = 2010;
    static final int NEXT_FY = 2011;
    static final String ADVISOR_1 = "kpi-fixture-advisor-1";
    static final String ADVISOR_2 = "kpi-fixture-advisor-2";

    final long firmA;
    final long firmB;
    final long firmC;
    final long firmD;
    final long buyerX;
    final long buyerY;
    final long manufacturing1;
    final long manufacturing2;
    final long food;
    final long tradeShow;
    final long itPromotion;
    /** N1: manufacturing, won on 2011-03-31 (recorded 23:30 in Japan, 14:30 UTC). */
    long wonOnMarch31;
    /** N2: manufacturing, introduced 2011-03-31, won on 2011-04-01 (recorded 00:30 in Japan, still March 31 in UTC). */
    long wonOnApril1;
    /** N3: food, won, reopened and won again. */
    long wonTwice;
    /** N4, N5: trade show, new trading partners; N6: the same firm and buyer as N4 again, not new. */
    long newPartnerD;
    long newPartnerB;
    long repeatPartnerD;
    /** N7: manufacturing, open at MET, next action long past (advisor 1). */
    long overdue;
    /** N8: manufacturing, lost after continuing. */
    long lostAfterContinuing;
    /** N9: food, open, just introduced, next action in the future. */
    long justIntroduced;
    /** N10: IT promotion 2011, owned by the demo advisor, next action long past. */
    long demoAdvisorsOverdue;

    /** Survey contacts: c1–c3 of buyer X, c4–c6 of buyer Y. */
    long contact1;
    long contact2;
    long contact3;
    long contact4;
    long contact5;
    long contact6;
    /**
     * S1: FOOD 2010 (July 2010). c1, c2 submitted; c3 sent; c4 a draft (no response); c5 sent then revoked (not
     * counted); c6 submitted then revoked (counted, as the survey's analysis counts it).
     */
    long survey1;
    /** S2: FOOD 2010's project, run in April 2011 (fiscal 2011 by its dates): c1 submitted, c3 not sent yet. */
    long survey2;
    /** S3: MANUFACTURING 2010: c2 opened the link and answered nothing. */
    long survey3;
    /** S4: IT_PROMOTION 2011: c4 submitted. */
    long survey4;
    /** The invitation of survey s to contact c: invitation[s][c] (1-based; 0 where none). */
    final long[][] invitation = new long[5][7];

    private static KpiFixture built;

    static synchronized KpiFixture get(AgroalDataSource db) {
        if (built == null) {
            built = new KpiFixture(db);
        }
        return built;
    }

    private KpiFixture(AgroalDataSource db) {
        firmA = firm();
        firmB = firm();
        firmC = firm();
        firmD = firm();
        buyerX = TestBuyers.create().<Integer>path("id");
        buyerY = TestBuyers.create().<Integer>path("id");
        String demoAdvisor = TestFirms.advisor(DemoUser.ADVISOR);
        try (Connection c = db.getConnection()) {
            manufacturing1 = project(c, "MANUFACTURING", FY, firmA, firmB);
            manufacturing2 = project(c, "MANUFACTURING", FY, firmA);
            food = project(c, "FOOD", FY, firmA, firmC);
            tradeShow = project(c, "TRADE_SHOW", FY, firmB, firmD);
            itPromotion = project(c, "IT_PROMOTION", NEXT_FY, firmD);

            wonOnMarch31 = negotiation(c, manufacturing1, "MANUFACTURING", FY, firmA, buyerX, ADVISOR_1, "2010-05-10", "WON",
                    "2011-03-31", null, List.of(move("INTRODUCED", "MET", "2010-06-01T01:00:00Z", null),
                            move("MET", "WON", "2011-03-31T14:30:00Z", "2011-03-31")));
            wonOnApril1 = negotiation(c, manufacturing1, "MANUFACTURING", FY, firmB, buyerX, ADVISOR_1, "2011-03-31", "WON",
                    "2011-04-01", null, List.of(move("INTRODUCED", "MET", "2011-03-31T05:00:00Z", null),
                            move("MET", "WON", "2011-03-31T15:30:00Z", "2011-04-01")));
            wonTwice = negotiation(c, food, "FOOD", FY, firmC, buyerY, ADVISOR_2, "2010-06-01", "WON", "2010-09-01", null,
                    List.of(move("INTRODUCED", "MET", "2010-06-10T01:00:00Z", null),
                            move("MET", "CONTINUING", "2010-06-20T01:00:00Z", null),
                            move("CONTINUING", "WON", "2010-07-01T01:00:00Z", "2010-07-01"),
                            reopen("WON", "CONTINUING", "2010-08-01T01:00:00Z"),
                            move("CONTINUING", "WON", "2010-09-01T01:00:00Z", "2010-09-01")));
            newPartnerD = negotiation(c, tradeShow, "TRADE_SHOW", FY, firmD, buyerY, ADVISOR_2, "2010-06-15", "WON", "2010-08-01",
                    null, List.of(move("INTRODUCED", "MET", "2010-06-16T01:00:00Z", null),
                            move("MET", "WON", "2010-08-01T01:00:00Z", "2010-08-01")));
            newPartnerB = negotiation(c, tradeShow, "TRADE_SHOW", FY, firmB, buyerY, ADVISOR_2, "2010-06-20", "WON", "2010-10-01",
                    null, List.of(move("INTRODUCED", "MET", "2010-06-21T01:00:00Z", null),
                            move("MET", "WON", "2010-10-01T01:00:00Z", "2010-10-01")));
            repeatPartnerD = negotiation(c, tradeShow, "TRADE_SHOW", FY, firmD, buyerY, ADVISOR_2, "2010-09-01", "WON",
                    "2010-12-01", null, List.of(move("INTRODUCED", "MET", "2010-09-02T01:00:00Z", null),
                            move("MET", "WON", "2010-12-01T01:00:00Z", "2010-12-01")));
            overdue = negotiation(c, manufacturing1, "MANUFACTURING", FY, firmB, buyerY, ADVISOR_1, "2010-07-01", "MET", null,
                    "2010-08-01", List.of(move("INTRODUCED", "SCHEDULED", "2010-07-02T01:00:00Z", null),
                            move("SCHEDULED", "MET", "2010-07-20T01:00:00Z", null)));
            lostAfterContinuing = negotiation(c, manufacturing1, "MANUFACTURING", FY, firmA, buyerY, ADVISOR_1, "2010-08-01",
                    "LOST", null, null, List.of(move("INTRODUCED", "MET", "2010-08-02T01:00:00Z", null),
                            move("MET", "CONTINUING", "2010-08-03T01:00:00Z", null),
                            move("CONTINUING", "LOST", "2010-09-03T01:00:00Z", null)));
            justIntroduced = negotiation(c, food, "FOOD", FY, firmA, buyerX, ADVISOR_2, "2010-09-10", "INTRODUCED", null,
                    LocalDate.now().plusYears(5).toString(), List.of());
            demoAdvisorsOverdue = negotiation(c, itPromotion, "IT_PROMOTION", NEXT_FY, firmD, buyerX, demoAdvisor, "2011-04-10",
                    "INTRODUCED", null, "2011-05-01", List.of());

            contact1 = contact(c, buyerX, "回答 一郎");
            contact2 = contact(c, buyerX, "回答 二郎");
            contact3 = contact(c, buyerX, "回答 三郎");
            contact4 = contact(c, buyerY, "回答 四郎");
            contact5 = contact(c, buyerY, "回答 五郎");
            contact6 = contact(c, buyerY, "回答 六郎");
            long[] contacts = {0, contact1, contact2, contact3, contact4, contact5, contact6};
            long[] buyers = {0, buyerX, buyerX, buyerX, buyerY, buyerY, buyerY};
            survey1 = survey(c, food, "2010-07-01", "2010-07-31");
            survey2 = survey(c, food, "2011-04-05", "2011-04-30");
            survey3 = survey(c, manufacturing2, "2010-10-01", "2010-10-31");
            survey4 = survey(c, itPromotion, "2011-06-01", "2011-06-30");
            long[] surveys = {0, survey1, survey2, survey3, survey4};
            String[][] invited = {
                {"1", "1", "SUBMITTED", ""}, {"1", "2", "SUBMITTED", ""}, {"1", "3", "SENT", ""}, {"1", "4", "DRAFT", ""},
                {"1", "5", "SENT", "revoked"}, {"1", "6", "SUBMITTED", "revoked"},
                {"2", "1", "SUBMITTED", ""}, {"2", "3", "NOT_SENT", ""},
                {"3", "2", "OPENED", ""},
                {"4", "4", "SUBMITTED", ""}};
            for (String[] row : invited) {
                int s = Integer.parseInt(row[0]);
                int k = Integer.parseInt(row[1]);
                invitation[s][k] = invitation(c, surveys[s], contacts[k], buyers[k], row[2], !row[3].isEmpty());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long contact(Connection c, long buyer, String name) throws SQLException {
        return insert(c, "insert into buyer_contact (buyer_company_id, name, name_kana, email) values (?, ?, 'カイトウ', ?) returning id",
                buyer, name, "kpi" + System.nanoTime() + "@test.example");
    }

    private static long survey(Connection c, long project, String opensOn, String closesOn) throws SQLException {
        return insert(c, "insert into survey (project_id, template_version_id, title, opens_on, closes_on, created_by, updated_by)"
                + " values (?, (select min(id) from survey_template_version), ?, ?, ?, 'kpi-fixture', 'kpi-fixture') returning id",
                project, "KPI fixture survey " + System.nanoTime(), LocalDate.parse(opensOn), LocalDate.parse(closesOn));
    }

    /** An invitation at a status, with the response it implies (a draft, or one submission). */
    private static long invitation(Connection c, long survey, long contact, long buyer, String status, boolean revoked)
            throws SQLException {
        boolean sent = !status.equals("NOT_SENT");
        long id = insert(c, "insert into survey_invitation (survey_id, contact_id, buyer_company_id, status, sent_at, opened_at,"
                + " revoked_at, created_by) select ?, ?, ?, ?, case when ? then s.opens_on + time '09:00' at time zone 'Asia/Tokyo' end,"
                + " case when ? then s.opens_on + time '12:00' at time zone 'Asia/Tokyo' end,"
                + " case when ? then s.closes_on + time '09:00' at time zone 'Asia/Tokyo' end, 'kpi-fixture'"
                + " from survey s where s.id = ? returning id",
                survey, contact, buyer, status, sent, !status.equals("SENT") && sent, revoked, survey);
        if (status.equals("DRAFT") || status.equals("SUBMITTED")) {
            boolean submitted = status.equals("SUBMITTED");
            insert(c, "insert into survey_response (invitation_id, survey_id, template_version_id, status, draft, draft_saved_at,"
                    + " submission_count, submitted_at, channel) select ?, s.id, s.template_version_id, ?, ?::jsonb,"
                    + " s.opens_on + time '15:00' at time zone 'Asia/Tokyo', ?,"
                    + " case when ? then s.opens_on + time '15:00' at time zone 'Asia/Tokyo' end, 'LINK'"
                    + " from survey s where s.id = ? returning id",
                    id, status, submitted ? null : "{}", submitted ? 1 : 0, submitted, survey);
        }
        return id;
    }

    private static long firm() {
        return TestFirms.create(TestFirms.body()).then().statusCode(201).extract().<Integer>path("id");
    }

    private record Event(String kind, String from, String to, String at, String dealOn) {
    }

    private static Event move(String from, String to, String at, String dealOn) {
        return new Event("MOVED", from, to, at, dealOn);
    }

    private static Event reopen(String from, String to, String at) {
        return new Event("REOPENED", from, to, at, null);
    }

    private static long project(Connection c, String program, int fiscalYear, long... firms) throws SQLException {
        long id = insert(c, "insert into project (program_code, fiscal_year, title, state, created_by, updated_by)"
                + " values (?, ?, ?, 'CLOSED', 'kpi-fixture', 'kpi-fixture') returning id",
                program, fiscalYear, "KPI fixture " + program + " " + System.nanoTime());
        for (long firm : firms) {
            insert(c, "insert into project_firm (project_id, firm_id) values (?, ?) returning project_id", id, firm);
        }
        return id;
    }

    private static long negotiation(Connection c, long project, String program, int fiscalYear, long firm, long buyer,
            String advisor, String introducedOn, String stage, String dealOn, String nextActionOn, List<Event> events)
            throws SQLException {
        String reason = stage.equals("LOST") || stage.equals("WITHDRAWN") ? "価格が合わない" : null;
        long id = insert(c, "insert into negotiation (project_id, program_code, fiscal_year, firm_id, buyer_company_id, stage, source,"
                + " advisor_subject, advisor_name, introduced_on, introduced_by_subject, introduced_by_name, next_action, next_action_on,"
                + " deal_on, closed_reason, stage_changed_at, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?, 'kpi-fixture', 'KPI fixture', ?, ?, ?, ?, now(), 'kpi-fixture', 'kpi-fixture')"
                + " returning id",
                project, program, fiscalYear, firm, buyer, stage, advisor, "担当 " + advisor, LocalDate.parse(introducedOn),
                nextActionOn == null ? null : "電話する", nextActionOn == null ? null : LocalDate.parse(nextActionOn),
                dealOn == null ? null : LocalDate.parse(dealOn), reason);
        List<Event> history = new ArrayList<>();
        history.add(new Event("INTRODUCED", null, "INTRODUCED", introducedOn + "T00:00:00Z", null));
        history.addAll(events);
        for (Event e : history) {
            insert(c, "insert into negotiation_event (negotiation_id, kind, from_stage, to_stage, at, actor_subject, actor_name, deal_on)"
                    + " values (?, ?, ?, ?, ?, 'kpi-fixture', 'KPI fixture', ?) returning id",
                    id, e.kind(), e.from(), e.to(), Instant.parse(e.at()).atOffset(ZoneOffset.UTC),
                    e.dealOn() == null ? null : LocalDate.parse(e.dealOn()));
        }
        return id;
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
