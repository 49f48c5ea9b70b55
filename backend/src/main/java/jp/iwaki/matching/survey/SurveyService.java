package jp.iwaki.matching.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.project.Project;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.survey.SurveyDtos.SurveyDto;
import jp.iwaki.matching.survey.SurveyDtos.SurveyInput;
import jp.iwaki.matching.survey.SurveyDtos.SurveyUpdate;

/**
 * Surveys of projects. A survey is asked with one template version of the project's program,
 * between two dates: it opens in the project's fiscal year and closes at most a year later.
 */
@ApplicationScoped
public class SurveyService {
    private static final Sorting SORTS = Sorting.defaultingTo("-opensOn")
            .by("opensOn", "opensOn")
            .by("closesOn", "closesOn")
            .by("updatedAt", "updatedAt");

    private final AuditTrail audit;

    SurveyService(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public Page<SurveyDto> list(SurveyQuery query, Paging paging) {
        LocalDate today = LocalDate.now(FiscalYear.JAPAN);
        ListQuery<Survey> list = ListQuery.of(Survey.class, SORTS, query.sort())
                .search("searchKey", query.q())
                .equal("project.id", query.projectId())
                .equal("project.fiscalYear", query.fiscalYear())
                .equal("project.program", query.program());
        if (query.state() != null) {
            list.where(switch (query.state()) {
                case SCHEDULED -> "opensOn > :today";
                case OPEN -> "opensOn <= :today and closesOn >= :today";
                case CLOSED -> "closesOn < :today";
            }, "today", today);
        }
        return list.pageOf(paging, SurveyService::dtos);
    }

    @Transactional
    public SurveyDto find(long id) {
        return dto(survey(id));
    }

    @Transactional
    public SurveyDto create(SurveyInput input, CurrentUser actor) {
        Project project = Project.<Project>findByIdOptional(input.projectId()).orElseThrow(() -> ApiException.invalid(
                List.of(new FieldError("projectId", "survey.project.unknown", "No such project"))));
        project.readOnlyReason().ifPresent(reason -> {
            throw reason;
        });
        SurveyTemplateVersion version = templateVersion(input.templateVersionId(), project);
        checkDates(project, input.opensOn(), input.closesOn());
        checkTitle(project, input.title(), null);
        Survey survey = new Survey();
        survey.project = project;
        survey.templateVersion = version;
        survey.title = input.title();
        survey.opensOn = input.opensOn();
        survey.closesOn = input.closesOn();
        survey.createdAt = survey.updatedAt = Instant.now();
        survey.createdBy = survey.updatedBy = actor.subject();
        survey.persist();
        audit.created(survey, actor);
        return dto(survey);
    }

    @Transactional
    public SurveyDto update(long id, long expectedVersion, SurveyUpdate input, CurrentUser actor) {
        Survey survey = Editable.requireEditable(survey(id), expectedVersion);
        SurveyTemplateVersion version = templateVersion(input.templateVersionId(), survey.project);
        if (!version.id.equals(survey.templateVersion.id) && SurveyResponse.count("surveyId", survey.id) > 0) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Buyers have answered this survey; its template version stays",
                    List.of(new FieldError("templateVersionId", "survey.hasResponses", "Buyers have answered this survey")));
        }
        checkDates(survey.project, input.opensOn(), input.closesOn());
        checkTitle(survey.project, input.title(), id);
        audit.change(survey, actor, s -> {
            s.templateVersion = version;
            s.title = input.title();
            s.opensOn = input.opensOn();
            s.closesOn = input.closesOn();
        });
        Survey.flush();
        return dto(survey);
    }

    static Survey survey(long id) {
        return Survey.<Survey>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Survey " + id));
    }

    private static SurveyTemplateVersion templateVersion(long versionId, Project project) {
        SurveyTemplateVersion version = SurveyTemplateVersion.<SurveyTemplateVersion>findByIdOptional(versionId)
                .orElseThrow(() -> ApiException.invalid(List.of(
                        new FieldError("templateVersionId", "survey.templateVersion.unknown", "No such template version"))));
        if (version.template.program != project.program) {
            throw ApiException.invalid(List.of(new FieldError("templateVersionId", "survey.template.otherProgram",
                    "The template is of another program than the project", Map.of("program", project.program.name()))));
        }
        return version;
    }

    /** Opens in the project's fiscal year, closes on or after that and at most a year later. */
    private static void checkDates(Project project, LocalDate opensOn, LocalDate closesOn) {
        FiscalYear year = project.fiscalYear();
        List<FieldError> errors = new ArrayList<>();
        if (!year.contains(opensOn)) {
            errors.add(new FieldError("opensOn", "survey.opensOn.outsideFiscalYear", "Opens within the project's fiscal year",
                    Map.of("from", year.firstDay().toString(), "to", year.lastDay().toString(), "fiscalYear", year.japaneseLabel())));
        }
        if (closesOn.isBefore(opensOn)) {
            errors.add(new FieldError("closesOn", "survey.closesOn.beforeOpensOn", "Closes on or after the day it opens"));
        } else if (closesOn.isAfter(opensOn.plusYears(1))) {
            errors.add(new FieldError("closesOn", "survey.closesOn.tooLate", "Closes at most a year after it opens",
                    Map.of("max", opensOn.plusYears(1).toString())));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void checkTitle(Project project, String title, Long self) {
        if (Survey.count("project = ?1 and title = ?2 and id <> ?3", project, title, self == null ? -1L : self) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "Another survey of this project has this title",
                    List.of(new FieldError("title", "survey.title.taken", "Another survey of this project has this title")));
        }
    }

    static SurveyDto dto(Survey survey) {
        return dtos(List.of(survey)).get(0);
    }

    private static List<SurveyDto> dtos(List<Survey> surveys) {
        if (surveys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = surveys.stream().map(s -> s.id).toList();
        Map<Long, Long> invited = counts("select i.survey.id, count(i) from SurveyInvitation i where i.survey.id in ?1"
                + " and (i.revokedAt is null or i.status = jp.iwaki.matching.survey.InvitationStatus.SUBMITTED) group by i.survey.id", ids);
        Map<Long, Long> submitted = counts("select r.surveyId, count(r) from SurveyResponse r where r.surveyId in ?1"
                + " and r.status = jp.iwaki.matching.survey.SurveyResponse.Status.SUBMITTED group by r.surveyId", ids);
        LocalDate today = LocalDate.now(FiscalYear.JAPAN);
        return surveys.stream().map(s -> {
            long invitations = invited.getOrDefault(s.id, 0L);
            long answered = submitted.getOrDefault(s.id, 0L);
            SurveyTemplateVersion version = s.templateVersion;
            return new SurveyDto(s.id, s.project.id, s.project.title, s.project.program, s.project.fiscalYear, s.title,
                    s.opensOn, s.closesOn, s.state(today), version.template.id, version.template.name(), version.id, version.number,
                    invitations, answered, rate(answered, invitations), s.linksExpireAt().atOffset(ZoneOffset.UTC), s.version,
                    s.createdAt.atOffset(ZoneOffset.UTC), s.updatedAt.atOffset(ZoneOffset.UTC));
        }).toList();
    }

    static double rate(long submitted, long invited) {
        return invited == 0 ? 0 : (double) submitted / invited;
    }

    private static Map<Long, Long> counts(String jpql, List<Long> ids) {
        return Survey.getEntityManager().createQuery(jpql, Object[].class).setParameter(1, ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
