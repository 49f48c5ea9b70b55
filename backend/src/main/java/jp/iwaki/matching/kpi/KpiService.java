package jp.iwaki.matching.kpi;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.iwaki.matching.common.DatabaseTimeouts;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.kpi.Counting.Records;
import jp.iwaki.matching.kpi.Counting.Scope;
import jp.iwaki.matching.kpi.KpiDtos.AdvisorRow;
import jp.iwaki.matching.kpi.KpiDtos.Baseline;
import jp.iwaki.matching.kpi.KpiDtos.Continuation;
import jp.iwaki.matching.kpi.KpiDtos.Dashboard;
import jp.iwaki.matching.kpi.KpiDtos.FunnelStep;
import jp.iwaki.matching.kpi.KpiDtos.KpiInvitation;
import jp.iwaki.matching.kpi.KpiDtos.KpiRecord;
import jp.iwaki.matching.kpi.KpiDtos.ProgramFigure;
import jp.iwaki.matching.kpi.KpiDtos.ProgramFigures;
import jp.iwaki.matching.kpi.KpiDtos.RecordKind;
import jp.iwaki.matching.kpi.KpiDtos.SurveyRate;
import jp.iwaki.matching.kpi.KpiDtos.Year;
import jp.iwaki.matching.kpi.KpiDtos.YearRow;
import jp.iwaki.matching.kpi.KpiDtos.Years;
import jp.iwaki.matching.negotiation.NegotiationStage;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.program.ProgramDto;
import jp.iwaki.matching.program.ProgramService;
import jp.iwaki.matching.program.ProgramTargetDto;
import jp.iwaki.matching.program.YearlyTarget;
import jp.iwaki.matching.survey.InvitationStatus;

/**
 * Targets against actuals. Targets come from the program catalogue; actuals are SQL counts of the
 * records {@link Counting} selects, read straight from the database (no entity is loaded), and the
 * drill-down pages through the very same selects.
 */
@ApplicationScoped
public class KpiService {
    static final int MY_OVERDUE_SHOWN = 20;
    /*
     * A fiscal year's figures read every negotiation of the year (200,000 of the bench data's 1,000,000):
     * under 16 dashboards at once a counting statement took longer than a request's 2.5 s, and some
     * dashboards answered 503. Counting gets 10 s; a database that does not answer still fails it.
     */
    private static final Duration COUNTING_TIMEOUT = Duration.ofSeconds(10);

    private final AgroalDataSource db;
    private final ProgramService programs;
    private final IwakiConfig.Plan plan;
    private final Clock clock = Clock.systemUTC();

    KpiService(AgroalDataSource db, ProgramService programs, IwakiConfig config) {
        this.db = db;
        this.programs = programs;
        this.plan = config.plan();
    }

    FiscalYear yearOrCurrent(Integer fiscalYear) {
        return fiscalYear == null ? FiscalYear.current(clock) : FiscalYear.of(fiscalYear);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FiscalYear.JAPAN));
    }

    public Dashboard dashboard(FiscalYear year, Optional<String> advisorSubject) {
        Scope all = new Scope(year, null, null, today());
        List<ProgramDto> catalogue = programs.list(true);

        List<Records> figures = new ArrayList<>();
        for (ProgramDto program : catalogue) {
            for (ProgramTargetDto target : program.targets()) {
                figures.add(Counting.of(Figure.of(target.metric()), all.withProgram(program.code())));
            }
        }
        for (NegotiationStage stage : Figure.FUNNEL) {
            figures.add(Counting.of(Figure.reached(stage), all));
        }
        for (ProgramDto program : catalogue) {
            figures.add(Counting.invitations(all.withProgram(program.code()), false));
            figures.add(Counting.invitations(all.withProgram(program.code()), true));
        }
        figures.add(Counting.invitations(all, false));
        figures.add(Counting.invitations(all, true));
        long[] counts = count(figures);

        int at = 0;
        List<ProgramFigures> perProgram = new ArrayList<>();
        for (ProgramDto program : catalogue) {
            List<ProgramFigure> row = new ArrayList<>();
            for (ProgramTargetDto target : program.targets()) {
                row.add(ProgramFigure.of(target.metric(), target.unit(), targetOf(target, year), counts[at++]));
            }
            perProgram.add(new ProgramFigures(program.code(), program.nameJa(), program.nameEn(), row));
        }
        List<FunnelStep> funnel = new ArrayList<>();
        for (NegotiationStage stage : Figure.FUNNEL) {
            funnel.add(new FunnelStep(stage, counts[at++]));
        }
        List<SurveyRate> surveys = new ArrayList<>();
        for (ProgramDto program : catalogue) {
            surveys.add(SurveyRate.of(program.code(), counts[at++], counts[at++]));
        }
        SurveyRate surveysTotal = SurveyRate.of(null, counts[at++], counts[at++]);
        Continuation continuation = Continuation.of(funnel.get(Figure.FUNNEL.indexOf(NegotiationStage.MET)).count(),
                funnel.get(Figure.FUNNEL.indexOf(NegotiationStage.CONTINUING)).count());

        List<KpiRecord> myOverdue = List.of();
        long myOverdueTotal = 0;
        if (advisorSubject.isPresent()) {
            Page<KpiRecord> mine = records(Figure.OVERDUE_FOLLOW_UPS, all.withAdvisor(advisorSubject.get()),
                    new Paging(0, MY_OVERDUE_SHOWN));
            myOverdue = mine.items();
            myOverdueTotal = mine.total();
        }
        return new Dashboard(Year.of(year), perProgram, funnel, continuation, advisors(all), surveys, surveysTotal, myOverdue,
                myOverdueTotal);
    }

    /** The drill-down: one page of the records a figure counts, and their number from the same select. */
    public Page<KpiRecord> records(FiscalYear year, KpiRecordsQuery query, Paging paging) {
        Scope scope = new Scope(year, query.program(), query.figure().countsFirms() ? null : query.advisor(), today());
        return records(query.figure(), scope, paging);
    }

    private Page<KpiRecord> records(Figure figure, Scope scope, Paging paging) {
        Records records = Counting.of(figure, scope);
        long total = count(List.of(records))[0];
        List<Object> params = new ArrayList<>(records.params());
        params.add(paging.size());
        params.add(paging.offset());
        List<KpiRecord> items = new ArrayList<>();
        if (figure.countsFirms()) {
            String sql = "select f.id, f.trade_name from (" + records.sql() + ") r join firm f on f.id = r.id"
                    + " order by f.trade_name_kana, f.id limit ? offset ?";
            query(sql, params, rs -> items.add(new KpiRecord(RecordKind.FIRM, rs.getLong(1), rs.getLong(1), rs.getString(2),
                    null, null, null, null, null, null, null, null, null, null)));
        } else {
            String order = switch (figure) {
                case DEALS, NEW_TRADING_PARTNERS -> "n.deal_on desc, n.id desc";
                case OVERDUE_FOLLOW_UPS -> "n.next_action_on, n.id";
                default -> "n.introduced_on desc, n.id desc";
            };
            String sql = "select n.id, n.firm_id, f.trade_name, n.buyer_company_id, b.name, n.project_id, p.title, n.program_code,"
                    + " n.stage, n.advisor_name, n.introduced_on, n.deal_on, n.next_action_on"
                    + " from (" + records.sql() + ") r join negotiation n on n.id = r.id join firm f on f.id = n.firm_id"
                    + " join buyer_company b on b.id = n.buyer_company_id join project p on p.id = n.project_id"
                    + " order by " + order + " limit ? offset ?";
            query(sql, params, rs -> items.add(new KpiRecord(RecordKind.NEGOTIATION, rs.getLong(1), rs.getLong(2), rs.getString(3),
                    rs.getLong(4), rs.getString(5), rs.getLong(6), rs.getString(7), ProgramCode.valueOf(rs.getString(8)),
                    NegotiationStage.valueOf(rs.getString(9)), rs.getString(10), localDate(rs, 11), localDate(rs, 12),
                    localDate(rs, 13))));
        }
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /**
     * The response rate's drill-down: one page of the invitations it counts (or of the submitted ones), and their
     * number from the same select. By survey (newest opening first), then buyer company reading, then contact.
     */
    public Page<KpiInvitation> invitations(FiscalYear year, KpiInvitationQuery query, Paging paging) {
        Records records = Counting.invitations(new Scope(year, query.program(), null, today()), query.responsesOnly());
        long total = count(List.of(records))[0];
        List<Object> params = new ArrayList<>(records.params());
        params.add(paging.size());
        params.add(paging.offset());
        String sql = "select i.id, s.id, s.title, p.id, p.title, p.program_code, b.id, b.name, c.name, i.status, i.sent_at,"
                + " r.submitted_at, i.revoked_at from (" + records.sql() + ") x join survey_invitation i on i.id = x.id"
                + " join survey s on s.id = i.survey_id join project p on p.id = s.project_id"
                + " join buyer_company b on b.id = i.buyer_company_id join buyer_contact c on c.id = i.contact_id"
                + " left join survey_response r on r.invitation_id = i.id and r.status = 'SUBMITTED'"
                + " order by s.opens_on desc, s.id desc, b.name_kana, b.id, c.name_kana, i.id limit ? offset ?";
        List<KpiInvitation> items = new ArrayList<>();
        query(sql, params, rs -> items.add(new KpiInvitation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), ProgramCode.valueOf(rs.getString(6)), rs.getLong(7), rs.getString(8), rs.getString(9),
                InvitationStatus.valueOf(rs.getString(10)), rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class))));
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    /** Per owning advisor: the same selects as the figures, grouped by the negotiation's advisor. */
    private List<AdvisorRow> advisors(Scope all) {
        List<Figure> columns = List.of(Figure.INTRODUCTIONS, Figure.REACHED_MET, Figure.REACHED_CONTINUING, Figure.DEALS,
                Figure.OVERDUE_FOLLOW_UPS);
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Records records = Counting.of(columns.get(i), all);
            if (i > 0) {
                sql.append(" union all ");
            }
            sql.append("select ").append(i).append(" as col, r.advisor_subject, max(r.advisor_name), count(*) from (")
                    .append(records.sql()).append(") r where r.advisor_subject is not null group by r.advisor_subject");
            params.addAll(records.params());
        }
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        query(sql.toString(), params, rs -> {
            String subject = rs.getString(2);
            names.putIfAbsent(subject, rs.getString(3));
            counts.computeIfAbsent(subject, s -> new long[columns.size()])[rs.getInt(1)] = rs.getLong(4);
        });
        return counts.entrySet().stream()
                .map(e -> new AdvisorRow(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3], e.getValue()[4]))
                .sorted(java.util.Comparator.comparing(AdvisorRow::name).thenComparing(AdvisorRow::subject))
                .toList();
    }

    /** Every year of the plan with its targets and, once it has begun, its actuals; and the baseline 現行. */
    public Years years() {
        List<ProgramDto> catalogue = programs.list(true);
        FiscalYear current = FiscalYear.current(clock);
        List<FiscalYear> planYears = new ArrayList<>();
        for (int y = plan.firstFiscalYear(); y <= plan.lastFiscalYear(); y++) {
            planYears.add(FiscalYear.of(y));
        }
        List<Records> figures = new ArrayList<>();
        for (FiscalYear year : planYears) {
            if (year.compareTo(current) > 0) {
                continue;
            }
            Scope scope = new Scope(year, null, null, today());
            for (ProgramDto program : catalogue) {
                for (ProgramTargetDto target : program.targets()) {
                    figures.add(Counting.of(Figure.of(target.metric()), scope.withProgram(program.code())));
                }
            }
        }
        long[] counts = count(figures);
        int at = 0;
        List<YearRow> rows = new ArrayList<>();
        for (FiscalYear year : planYears) {
            boolean begun = year.compareTo(current) <= 0;
            List<ProgramFigures> perProgram = new ArrayList<>();
            for (ProgramDto program : catalogue) {
                List<ProgramFigure> row = new ArrayList<>();
                for (ProgramTargetDto target : program.targets()) {
                    row.add(ProgramFigure.of(target.metric(), target.unit(), targetOf(target, year), begun ? counts[at++] : null));
                }
                perProgram.add(new ProgramFigures(program.code(), program.nameJa(), program.nameEn(), row));
            }
            rows.add(new YearRow(Year.of(year), perProgram));
        }
        List<Baseline> baseline = new ArrayList<>();
        for (ProgramDto program : catalogue) {
            for (ProgramTargetDto target : program.targets()) {
                baseline.add(new Baseline(program.code(), target.metric(), target.unit(), target.baseline()));
            }
        }
        return new Years(rows, baseline);
    }

    private static Integer targetOf(ProgramTargetDto target, FiscalYear year) {
        return target.yearly().stream().filter(y -> y.fiscalYear() == year.startYear())
                .map(YearlyTarget::value).findFirst().orElse(null);
    }

    /** Counts several figures in one statement: one scalar subquery per figure. */
    private long[] count(List<Records> figures) {
        if (figures.isEmpty()) {
            return new long[0];
        }
        StringBuilder sql = new StringBuilder("select ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append("(select count(*) from (").append(figures.get(i).sql()).append(") r)");
            params.addAll(figures.get(i).params());
        }
        long[] counts = new long[figures.size()];
        query(sql.toString(), params, rs -> {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(i + 1);
            }
        });
        return counts;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowReader reader) {
        try (Connection connection = db.getConnection()) {
            DatabaseTimeouts.withLongReadTimeouts(connection, COUNTING_TIMEOUT, () -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < params.size(); i++) {
                        // LocalDate as a date: never through java.sql.Date, whose conversion reads the JVM's time zone.
                        statement.setObject(i + 1, params.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            reader.read(rs);
                        }
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Counting failed", e);
        }
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
