package jp.iwaki.matching.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.negotiation.NegotiationStage;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.program.TargetMetric;
import jp.iwaki.matching.program.TargetUnit;
import jp.iwaki.matching.survey.InvitationStatus;

/** The dashboard's, drill-down's and annual report's shapes (see the kpi schemas of openapi.yaml). */
public final class KpiDtos {
    private KpiDtos() {
    }

    public record Year(int fiscalYear, String label, String japaneseLabel) {
        static Year of(FiscalYear year) {
            return new Year(year.startYear(), year.label(), year.japaneseLabel());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgramFigure(TargetMetric metric, TargetUnit unit, Integer target, Long actual, Double progress) {
        static ProgramFigure of(TargetMetric metric, TargetUnit unit, Integer target, Long actual) {
            Double progress = target == null || target == 0 || actual == null ? null : actual / (double) target;
            return new ProgramFigure(metric, unit, target, actual, progress);
        }
    }

    public record ProgramFigures(ProgramCode code, String nameJa, String nameEn, List<ProgramFigure> figures) {
    }

    public record FunnelStep(NegotiationStage stage, long count) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Continuation(long met, long continuing, Double rate) {
        static Continuation of(long met, long continuing) {
            return new Continuation(met, continuing, met == 0 ? null : continuing / (double) met);
        }
    }

    public record AdvisorRow(String subject, String name, long introductions, long met, long continuing, long deals, long overdue) {
    }

    /** Survey response rate of one program (or, without one, of all): invitations, submitted responses, their share. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SurveyRate(ProgramCode program, long invitations, long responses, Double rate) {
        static SurveyRate of(ProgramCode program, long invitations, long responses) {
            return new SurveyRate(program, invitations, responses, invitations == 0 ? null : responses / (double) invitations);
        }
    }

    public record Dashboard(Year year, List<ProgramFigures> programs, List<FunnelStep> funnel, Continuation continuation,
            List<AdvisorRow> advisors, List<SurveyRate> surveys, SurveyRate surveysTotal, List<KpiRecord> myOverdue,
            long myOverdueTotal) {
    }

    /** A survey invitation the response rate counts (its drill-down). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KpiInvitation(long id, long surveyId, String surveyTitle, long projectId, String projectTitle, ProgramCode program,
            long buyerCompanyId, String buyerCompanyName, String contactName, InvitationStatus status, OffsetDateTime sentAt,
            OffsetDateTime submittedAt, OffsetDateTime revokedAt) {
    }

    public enum RecordKind {
        FIRM, NEGOTIATION
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KpiRecord(RecordKind kind, long id, long firmId, String firmName, Long buyerCompanyId, String buyerCompanyName,
            Long projectId, String projectTitle, ProgramCode program, NegotiationStage stage, String advisorName,
            LocalDate introducedOn, LocalDate dealOn, LocalDate nextActionOn) {
    }

    public record YearRow(Year year, List<ProgramFigures> programs) {
    }

    public record Baseline(ProgramCode program, TargetMetric metric, TargetUnit unit, int value) {
    }

    public record Years(List<YearRow> years, List<Baseline> baseline) {
    }
}
