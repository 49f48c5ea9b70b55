package jp.iwaki.matching.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.negotiation.NegotiationStage;
import jp.iwaki.matching.program.ProgramCode;

/**
 * The counting rules, each written once as the SQL that selects the ids of the records a figure
 * counts. The dashboard counts them, the drill-down pages through them: one query, so that a figure
 * and its list always agree. Dates are the calendar days of Japan the records carry (an introduction,
 * a deal), compared with the fiscal year's first and last day.
 */
final class Counting {
    /**
     * The counted records of a figure: a select whose first column is {@code id} (negotiations also give their
     * {@code advisor_subject} and {@code advisor_name}), and its parameters in order.
     */
    record Records(String sql, List<Object> params) {
    }

    /** Whose records: a fiscal year, and optionally one program and one owning advisor. */
    record Scope(FiscalYear year, ProgramCode program, String advisor, LocalDate today) {
        Scope withAdvisor(String subject) {
            return new Scope(year, program, subject, today);
        }

        Scope withProgram(ProgramCode code) {
            return new Scope(year, code, advisor, today);
        }
    }

    private Counting() {
    }

    static Records of(Figure figure, Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = switch (figure) {
            // Distinct firms, so that a firm in two projects of one program and year counts once.
            case SUPPORTED_FIRMS, EXHIBITORS -> {
                params.add(scope.year().startYear());
                String program = "";
                if (scope.program() != null) {
                    program = " and p.program_code = ?";
                    params.add(scope.program().name());
                }
                yield "select distinct pf.firm_id as id from project p join project_firm pf on pf.project_id = p.id"
                        + " where p.fiscal_year = ?" + program;
            }
            case INTRODUCTIONS -> negotiations("negotiation", "n.introduced_on between ? and ?", scope, params, true);
            // One row per negotiation: a reopened deal is cleared, so a negotiation won again has one deal date.
            case DEALS -> negotiations("negotiation", "n.stage = 'WON' and n.deal_on between ? and ?", scope, params, true);
            case NEW_TRADING_PARTNERS -> negotiations("won_negotiation",
                    "n.new_trading_partner and n.deal_on between ? and ?", scope, params, true);
            // The furthest stage of the funnel a negotiation reached, now or in its history, is kept as its
            // reached_rank (V51: INTRODUCED 1 … WON 5, by triggers on the negotiation and its stage events).
            case REACHED_INTRODUCED, REACHED_SCHEDULED, REACHED_MET, REACHED_CONTINUING, REACHED_WON -> negotiations("negotiation",
                    "n.introduced_on between ? and ? and n.reached_rank >= " + figure.reachedRank(), scope, params, true);
            case OVERDUE_FOLLOW_UPS -> {
                params.add(scope.today());
                String open = NegotiationStage.OPEN.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
                yield negotiations("negotiation", "n.next_action_on < ? and n.stage in (" + open + ")", scope, params, false);
            }
        };
        return new Records(sql, params);
    }

    /**
     * The survey invitations of the fiscal year's projects (of one program, or of all): those not revoked, and
     * those revoked after their response was submitted (as the survey's own analysis counts them); with
     * {@code responses}, only the submitted ones. An invitation counts in its survey's project's fiscal year
     * and program, whenever the survey runs.
     */
    static Records invitations(Scope scope, boolean responses) {
        List<Object> params = new ArrayList<>();
        params.add(scope.year().startYear());
        StringBuilder sql = new StringBuilder("select i.id from survey_invitation i join survey s on s.id = i.survey_id")
                .append(" join project p on p.id = s.project_id where p.fiscal_year = ?");
        if (scope.program() != null) {
            sql.append(" and p.program_code = ?");
            params.add(scope.program().name());
        }
        sql.append(responses ? " and i.status = 'SUBMITTED'" : " and (i.revoked_at is null or i.status = 'SUBMITTED')");
        return new Records(sql.toString(), params);
    }

    private static String negotiations(String from, String condition, Scope scope, List<Object> params, boolean inYear) {
        if (inYear) {
            params.add(scope.year().firstDay());
            params.add(scope.year().lastDay());
        }
        // With each record its owner, which the advisors' table groups by.
        StringBuilder sql = new StringBuilder("select n.id, n.advisor_subject, n.advisor_name from ").append(from).append(" n where ").append(condition);
        if (scope.program() != null) {
            sql.append(" and n.program_code = ?");
            params.add(scope.program().name());
        }
        if (scope.advisor() != null) {
            sql.append(" and n.advisor_subject = ?");
            params.add(scope.advisor());
        }
        return sql.toString();
    }
}
