package jp.iwaki.matching.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.iwaki.matching.common.CopyWriter;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.SeedGenerator;
import jp.iwaki.matching.negotiation.NegotiationDtos.PersonRef;
import org.jboss.logging.Logger;

/**
 * The negotiations of make bench (and of anyone who needs them counted at scale): 20,000 buyer
 * companies, the firms of the bench data set taking part in its projects (five fiscal years of the
 * four programs), invited companies, and 1,000,000 negotiations with their stage events and
 * follow-ups, streamed with COPY. Deterministic: every negotiation is drawn from a random source
 * seeded with its own number, against a fixed reference day, so every run writes the same rows.
 */
@ApplicationScoped
public class NegotiationBenchData implements SeedGenerator {
    private static final Logger LOG = Logger.getLogger(NegotiationBenchData.class);

    public static final int BUYER_COMPANIES = 20_000;
    public static final int NEGOTIATIONS = 1_000_000;
    /** The data set's "today". */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 12, 1);
    /** Projects made here when the data set has none: two a program and year. */
    private static final int PROJECTS_PER_PROGRAM_AND_YEAR = 2;

    static final PersonRef COORDINATOR = new PersonRef("5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a01", "佐藤 花子");
    /** The chamber's 13 advisors: the two demo advisors of the realm, and eleven more. */
    static final List<PersonRef> ADVISORS = advisors();

    private static final String[] PROGRAMS = {"MANUFACTURING", "FOOD", "TRADE_SHOW", "IT_PROMOTION"};
    private static final NegotiationStage[] FINAL_STAGES = NegotiationStage.values();
    /** Per mille of each final stage, in stage order; about six in ten that met went on (継続交渉以上が約6割). */
    private static final int[] STAGE_SHARE = {100, 80, 120, 200, 150, 250, 100};
    private static final String[] ACTIONS = {"見積の回答を確認", "サンプルを送付", "商談会の日程を調整", "価格表を再送", "工場見学の案内"};
    private static final String[] NOTES = {"電話で条件を確認", "メールで資料を送付", "訪問して試食いただいた", "オンラインで打合せ"};
    private static final String[] REASONS = {"価格が合わない", "ロットが合わない", "既存の取引先で足りている", "生産能力が不足"};
    private static final String[] CHANNELS = {"VISIT", "PHONE", "EMAIL", "ONLINE"};

    private static List<PersonRef> advisors() {
        List<PersonRef> all = new ArrayList<>(List.of(
                new PersonRef("5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a02", "鈴木 一郎"),
                new PersonRef("5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a04", "渡辺 真理")));
        String[] names = {"高橋 誠", "田中 裕子", "伊藤 健太", "山本 恵", "中村 大輔", "小林 彩", "加藤 翔", "吉田 美穂", "山田 亮", "佐々木 望", "松本 剛"};
        for (int i = 0; i < names.length; i++) {
            all.add(new PersonRef(String.format("bench-advisor-%02d", i + 3), names[i]));
        }
        return List.copyOf(all);
    }

    @Override
    public String seed() {
        return "bench";
    }

    record ProjectRow(long id, String program, int fiscalYear) {
    }

    @Override
    public void generate(Connection connection) throws SQLException {
        long started = System.nanoTime();
        long[] firms = ids(connection, "select id from firm where archived_at is null order by id");
        if (firms.length == 0) {
            throw new IllegalStateException("The bench data set has no firms to negotiate for");
        }
        long[] buyers = buyerCompanies(connection);
        List<ProjectRow> projects = projects(connection);
        long[][] participants = participants(connection, projects, firms);
        invitations(connection, projects, buyers);
        long firstId = 1 + single(connection, "select coalesce(max(id), 0) from negotiation");
        try (CopyWriter rows = new CopyWriter(connection, "negotiation", "id, project_id, program_code, fiscal_year, firm_id, "
                + "buyer_company_id, stage, source, advisor_subject, advisor_name, introduced_on, introduced_by_subject, "
                + "introduced_by_name, meeting_at, meeting_place, next_action, next_action_on, deal_on, deal_amount_yen, closed_reason, "
                + "stage_changed_at, created_at, created_by, updated_at, updated_by")) {
            for (int k = 0; k < NEGOTIATIONS; k++) {
                Plan p = plan(k, projects, participants, buyers);
                Event last = p.events.get(p.events.size() - 1);
                Instant updated = p.followUps.stream().map(FollowUpRow::recordedAt).reduce(last.at, NegotiationBenchData::max);
                rows.row(firstId + k, p.project.id, p.project.program, p.project.fiscalYear, p.firm, p.buyer, p.stage, p.source,
                        p.advisor.subject(), p.advisor.name(), p.introducedOn, p.introducer.subject(), p.introducer.name(),
                        p.meetingAt, p.meetingAt == null ? null : "いわき産業創造館", p.nextAction, p.nextActionOn, p.dealOn, p.dealAmount,
                        p.reason, last.at, p.createdAt, p.introducer.subject(), updated, last.actor.subject());
            }
        }
        try (CopyWriter rows = new CopyWriter(connection, "negotiation_event",
                "negotiation_id, kind, from_stage, to_stage, at, actor_subject, actor_name, note, reason, deal_on, deal_amount_yen")) {
            for (int k = 0; k < NEGOTIATIONS; k++) {
                Plan p = plan(k, projects, participants, buyers);
                for (Event e : p.events) {
                    rows.row(firstId + k, e.kind, e.from, e.to, e.at, e.actor.subject(), e.actor.name(), e.note, e.reason,
                            e.to == NegotiationStage.WON ? p.dealOn : null, e.to == NegotiationStage.WON ? p.dealAmount : null);
                }
            }
        }
        try (CopyWriter rows = new CopyWriter(connection, "negotiation_follow_up", "negotiation_id, held_on, channel, note, next_action, "
                + "next_action_on, recorded_at, recorded_by_subject, recorded_by_name")) {
            for (int k = 0; k < NEGOTIATIONS; k++) {
                Plan p = plan(k, projects, participants, buyers);
                for (FollowUpRow f : p.followUps) {
                    rows.row(firstId + k, f.heldOn, f.channel, f.note, f.nextAction, f.nextActionOn, f.recordedAt,
                            p.advisor.subject(), p.advisor.name());
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('negotiation', 'id'), (select max(id) from negotiation))");
            statement.execute("analyze buyer_company, project_firm, project_buyer, negotiation, negotiation_event, negotiation_follow_up");
        }
        LOG.infof("Bench negotiations: %d negotiations of %d firms and %d buyer companies in %d projects, in %d s",
                NEGOTIATIONS, firms.length, buyers.length, projects.size(), (System.nanoTime() - started) / 1_000_000_000L);
    }

    // --- one negotiation, drawn from its own seed ------------------------------------------------

    record Event(String kind, NegotiationStage from, NegotiationStage to, Instant at, PersonRef actor, String note, String reason) {
    }

    record FollowUpRow(LocalDate heldOn, String channel, String note, String nextAction, LocalDate nextActionOn, Instant recordedAt) {
    }

    static final class Plan {
        ProjectRow project;
        long firm;
        long buyer;
        NegotiationStage stage;
        String source;
        PersonRef advisor;
        PersonRef introducer;
        LocalDate introducedOn;
        Instant createdAt;
        Instant meetingAt;
        String nextAction;
        LocalDate nextActionOn;
        LocalDate dealOn;
        Long dealAmount;
        String reason;
        final List<Event> events = new ArrayList<>();
        final List<FollowUpRow> followUps = new ArrayList<>();
    }

    /**
     * Negotiation k: projects in turn; in its project the firms in turn and, for each firm, buyers a
     * fixed step apart, so that no firm meets the same company twice in one project while the same
     * firm and company meet again across years (the second WON of a pair is not a new partner).
     */
    static Plan plan(int k, List<ProjectRow> projects, long[][] participants, long[] buyers) {
        SplittableRandom random = new SplittableRandom(0x1A4A_C0DEL + k);
        Plan p = new Plan();
        int projectIndex = k % projects.size();
        p.project = projects.get(projectIndex);
        long[] firms = participants[projectIndex];
        int inProject = k / projects.size();
        p.firm = firms[inProject % firms.length];
        int round = inProject / firms.length;
        p.buyer = buyers[(int) Math.floorMod(p.firm * 7919L + round * 4001L + projectIndex % 3, buyers.length)];
        p.advisor = ADVISORS.get((int) (p.firm % ADVISORS.size()));
        boolean manufacturing = p.project.program.equals("MANUFACTURING");
        p.introducer = manufacturing ? COORDINATOR : p.advisor;
        p.source = switch (p.project.program) {
            case "FOOD" -> random.nextInt(2) == 0 ? "BUYER_PICKS" : "TIMETABLE";
            case "TRADE_SHOW" -> "LEAD";
            default -> "MANUAL";
        };
        boolean lead = p.source.equals("LEAD");
        NegotiationStage target = stage(random);
        if (lead && target.isOpen() && target.ordinal() < NegotiationStage.MET.ordinal()) {
            target = NegotiationStage.MET;
        }
        FiscalYear year = FiscalYear.of(p.project.fiscalYear);
        p.introducedOn = year.firstDay().plusDays(random.nextInt(300));
        Instant at = at(p.introducedOn, random);
        p.createdAt = at;
        NegotiationStage current = lead ? NegotiationStage.MET : NegotiationStage.INTRODUCED;
        p.events.add(new Event(lead ? "CAPTURED" : "INTRODUCED", null, current, at, p.introducer, null, null));
        // The open stage it goes up to: the target itself, or (when closing) the stage it closes from.
        NegotiationStage upTo = target.isOpen() ? target
                : target == NegotiationStage.WON ? (random.nextInt(10) < 3 ? NegotiationStage.MET : NegotiationStage.CONTINUING)
                : NegotiationStage.OPEN.get(Math.max(current.ordinal(), random.nextInt(4)));
        LocalDate day = p.introducedOn;
        while (current.ordinal() < upTo.ordinal()) {
            NegotiationStage next = NegotiationStage.values()[current.ordinal() + 1];
            day = day.plusDays(2 + random.nextInt(28));
            at = at(day, random);
            p.events.add(new Event("MOVED", current, next, at, p.advisor, null, null));
            current = next;
        }
        if (!target.isOpen()) {
            day = day.plusDays(2 + random.nextInt(28));
            at = at(day, random);
            String reason = target == NegotiationStage.WON ? null : REASONS[random.nextInt(REASONS.length)];
            p.events.add(new Event("MOVED", current, target, at, p.advisor, null, reason));
            if (target == NegotiationStage.WON) {
                p.dealOn = day;
                p.dealAmount = random.nextInt(5) == 0 ? null : 50_000L * (2 + random.nextInt(400));
            } else {
                p.reason = reason;
            }
        }
        p.stage = target;
        if (target == NegotiationStage.SCHEDULED) {
            p.meetingAt = at(day.plusDays(7), random);
        }
        // Follow-ups once they have met, the last one carrying the open negotiation's next action.
        if (target.isAtLeast(NegotiationStage.MET) || lead) {
            int count = random.nextInt(3);
            LocalDate held = p.introducedOn;
            for (int i = 0; i < count; i++) {
                held = held.plusDays(1 + random.nextInt(20));
                p.followUps.add(new FollowUpRow(held, CHANNELS[random.nextInt(4)], NOTES[random.nextInt(NOTES.length)], null, null,
                        at(held, random)));
            }
        }
        if (target.isOpen() && random.nextInt(10) < 7) {
            LocalDate held = day.plusDays(1 + random.nextInt(10));
            p.nextAction = ACTIONS[random.nextInt(ACTIONS.length)];
            p.nextActionOn = held.plusDays(1 + random.nextInt(40));
            p.followUps.add(new FollowUpRow(held, CHANNELS[random.nextInt(4)], NOTES[random.nextInt(NOTES.length)], p.nextAction,
                    p.nextActionOn, at(held, random)));
        }
        return p;
    }

    private static NegotiationStage stage(SplittableRandom random) {
        int draw = random.nextInt(1000);
        for (int i = 0; i < STAGE_SHARE.length; i++) {
            draw -= STAGE_SHARE[i];
            if (draw < 0) {
                return FINAL_STAGES[i];
            }
        }
        return NegotiationStage.INTRODUCED;
    }

    /** A moment in office hours of the day, in Japan. */
    private static Instant at(LocalDate day, SplittableRandom random) {
        return day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(9 * 60))).atZone(FiscalYear.JAPAN).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    // --- what the negotiations refer to -------------------------------------------------------------

    private static long[] buyerCompanies(Connection connection) throws SQLException {
        long existing = single(connection, "select count(*) from buyer_company where created_by = 'bench'");
        String[] types = {"SUPERMARKET", "DEPARTMENT_STORE", "WHOLESALER", "TRADING_COMPANY", "RESTAURANT", "MANUFACTURER", "OTHER"};
        String[] regions = {"TOKYO_AREA", "TOKYO_AREA", "TOHOKU", "KANTO", "CHUBU", "KINKI"};
        String[] kinds = {"ショウジ", "ストア", "フーズ", "ブッサン"};
        String[] names = {"商事", "ストア", "フーズ", "物産"};
        try (CopyWriter rows = new CopyWriter(connection, "buyer_company",
                "name, name_kana, buyer_type, region, search_key, created_by, updated_by")) {
            for (long n = existing + 1; n <= BUYER_COMPANIES; n++) {
                String name = "ベンチ" + names[(int) (n % 4)] + " " + n;
                String kana = "ベンチ" + kinds[(int) (n % 4)] + " " + n;
                rows.row(name, kana, types[(int) (n % types.length)], regions[(int) (n % regions.length)], JapaneseText.searchKey(name, kana),
                        "bench", "bench");
            }
        }
        return ids(connection, "select id from buyer_company where created_by = 'bench' order by id");
    }

    /** The data set's projects, or two a program and year of FY2025–FY2029 when it has none. */
    private static List<ProjectRow> projects(Connection connection) throws SQLException {
        if (single(connection, "select count(*) from project where created_by = 'bench'") == 0) {
            try (CopyWriter rows = new CopyWriter(connection, "project", "program_code, fiscal_year, title, state, search_key, created_by, updated_by")) {
                int n = 0;
                for (int year = 2025; year <= 2029; year++) {
                    for (String program : PROGRAMS) {
                        for (int i = 0; i < PROJECTS_PER_PROGRAM_AND_YEAR; i++) {
                            String title = "ベンチ プロジェクト " + ++n;
                            rows.row(program, year, title, year < 2026 ? "CLOSED" : "OPEN", JapaneseText.searchKey(title), "bench", "bench");
                        }
                    }
                }
            }
        }
        List<ProjectRow> projects = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, program_code, fiscal_year from project where created_by = 'bench' order by id")) {
            while (rows.next()) {
                projects.add(new ProjectRow(rows.getLong(1), rows.getString(2), rows.getInt(3)));
            }
        }
        return projects;
    }

    /** Each firm takes part in two projects (of different years, mostly); returns each project's firms. */
    private static long[][] participants(Connection connection, List<ProjectRow> projects, long[] firms) throws SQLException {
        int count = projects.size();
        List<List<Long>> byProject = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byProject.add(new ArrayList<>());
        }
        for (int i = 0; i < firms.length; i++) {
            int first = i % count;
            int second = (int) ((i * 7L + 3) % count);
            byProject.get(first).add(firms[i]);
            if (second != first) {
                byProject.get(second).add(firms[i]);
            }
        }
        try (CopyWriter rows = new CopyWriter(connection, "project_firm", "project_id, firm_id")) {
            for (int p = 0; p < count; p++) {
                for (long firm : byProject.get(p)) {
                    rows.row(projects.get(p).id(), firm);
                }
            }
        }
        long[][] result = new long[count][];
        for (int p = 0; p < count; p++) {
            result[p] = byProject.get(p).stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return result;
    }

    /** Each company is invited to one project. */
    private static void invitations(Connection connection, List<ProjectRow> projects, long[] buyers) throws SQLException {
        try (CopyWriter rows = new CopyWriter(connection, "project_buyer", "project_id, buyer_company_id")) {
            for (int i = 0; i < buyers.length; i++) {
                rows.row(projects.get(i % projects.size()).id(), buyers[i]);
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long[] ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
