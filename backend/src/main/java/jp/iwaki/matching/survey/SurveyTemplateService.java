package jp.iwaki.matching.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.survey.SurveyDtos.Template;
import jp.iwaki.matching.survey.SurveyDtos.TemplateCreate;
import jp.iwaki.matching.survey.SurveyDtos.TemplateSummary;
import jp.iwaki.matching.survey.SurveyDtos.TemplateUpdate;
import jp.iwaki.matching.survey.SurveyDtos.TemplateVersion;
import jp.iwaki.matching.survey.SurveyDtos.TemplateVersionSummary;

/**
 * Survey templates and their versions. A version nobody has answered yet changes in place; once
 * it has a response (a draft is enough) an edit makes the next version, and the surveys issued
 * from the old one keep it, so every response renders with the questions it answered.
 */
@ApplicationScoped
public class SurveyTemplateService {
    private final AuditTrail audit;

    SurveyTemplateService(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public List<TemplateSummary> list(ProgramCode program) {
        List<SurveyTemplate> templates = program == null
                ? SurveyTemplate.list("order by program, nameJa, id")
                : SurveyTemplate.list("program = ?1 order by nameJa, id", program);
        Map<Long, Object[]> current = SurveyTemplate.getEntityManager().createQuery(
                "select v.template.id, v.id, v.number, (select count(w) from SurveyTemplateVersion w where w.template = v.template)"
                        + " from SurveyTemplateVersion v where v.number = (select max(w.number) from SurveyTemplateVersion w where w.template = v.template)",
                Object[].class).getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        return templates.stream().map(t -> {
            Object[] version = current.get(t.id);
            return new TemplateSummary(t.id, t.program, t.name(), t.shipped, (Long) version[1], (Integer) version[2],
                    ((Long) version[3]).intValue(), t.updatedAt.atOffset(ZoneOffset.UTC));
        }).toList();
    }

    @Transactional
    public Template find(long id) {
        return dto(template(id));
    }

    @Transactional
    public TemplateVersion version(long versionId) {
        SurveyTemplateVersion version = SurveyTemplateVersion.<SurveyTemplateVersion>findByIdOptional(versionId)
                .orElseThrow(() -> ApiException.notFound("Template version " + versionId));
        return dto(version);
    }

    @Transactional
    public Template create(TemplateCreate input, CurrentUser actor) {
        check(input.content());
        checkName(input.program(), input.name(), null);
        Instant now = Instant.now();
        SurveyTemplate template = new SurveyTemplate();
        template.program = input.program();
        template.nameJa = input.name().ja();
        template.nameEn = input.name().en();
        template.createdAt = template.updatedAt = now;
        template.createdBy = template.updatedBy = actor.subject();
        template.persist();
        newVersion(template, 1, input.content(), actor, now);
        audit.created(template, actor);
        return dto(template);
    }

    @Transactional
    public Template update(long id, long expectedVersion, TemplateUpdate input, CurrentUser actor) {
        SurveyTemplate template = Editable.requireEditable(template(id), expectedVersion);
        check(input.content());
        checkName(template.program, input.name(), id);
        SurveyTemplateVersion current = SurveyTemplateVersion.current(template).orElseThrow();
        // Taken before counting, so that no first draft slips in between (see Responses.create).
        SurveyTemplate.getEntityManager().createNativeQuery("select id from survey_template_version where id = ?1 for update")
                .setParameter(1, current.id).getResultList();
        Instant now = Instant.now();
        audit.change(template, actor, t -> {
            t.nameJa = input.name().ja();
            t.nameEn = input.name().en();
        });
        if (!input.content().equals(current.content)) {
            if (responseCount(current.id) > 0) {
                newVersion(template, current.number + 1, input.content(), actor, now);
                audit.record(template, jp.iwaki.matching.audit.AuditAction.UPDATE, actor,
                        List.of(new FieldChange("version", Integer.toString(current.number), Integer.toString(current.number + 1))));
            } else {
                current.content = input.content();
                current.updatedAt = now;
                audit.record(template, jp.iwaki.matching.audit.AuditAction.UPDATE, actor,
                        List.of(new FieldChange("content", "version " + current.number, "version " + current.number)));
            }
        }
        // Every save moves the ETag on, content included (it lives in the version).
        template.touch(now, actor.subject());
        SurveyTemplate.flush();
        return dto(template);
    }

    private static void newVersion(SurveyTemplate template, int number, SurveyContent content, CurrentUser actor, Instant now) {
        SurveyTemplateVersion version = new SurveyTemplateVersion();
        version.template = template;
        version.number = number;
        version.content = content;
        version.createdAt = version.updatedAt = now;
        version.createdBy = actor.subject();
        version.persist();
    }

    private static void check(SurveyContent content) {
        List<FieldError> problems = content.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private static void checkName(ProgramCode program, LocalizedText name, Long self) {
        if (name.ja().length() > 200 || (name.en() != null && name.en().length() > 200)) {
            throw ApiException.invalid(List.of(new FieldError(name.ja().length() > 200 ? "name.ja" : "name.en", "validation.Size",
                    "At most 200 characters", Map.of("max", 200))));
        }
        if (SurveyTemplate.count("program = ?1 and nameJa = ?2 and id <> ?3", program, name.ja(), self == null ? -1L : self) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "Another template of this program has this name",
                    List.of(new FieldError("name.ja", "survey.template.nameTaken", "Another template of this program has this name")));
        }
    }

    static SurveyTemplate template(long id) {
        return SurveyTemplate.<SurveyTemplate>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Survey template " + id));
    }

    static long responseCount(long versionId) {
        return SurveyResponse.count("templateVersionId", versionId);
    }

    private static Template dto(SurveyTemplate template) {
        List<SurveyTemplateVersion> versions = SurveyTemplateVersion.of(template);
        List<Long> ids = versions.stream().map(v -> v.id).toList();
        Map<Long, Long> surveys = counts("select s.templateVersion.id, count(s) from Survey s where s.templateVersion.id in ?1 group by s.templateVersion.id", ids);
        Map<Long, Long> responses = counts("select r.templateVersionId, count(r) from SurveyResponse r where r.templateVersionId in ?1 group by r.templateVersionId", ids);
        List<TemplateVersionSummary> summaries = versions.stream()
                .sorted(Comparator.comparingInt((SurveyTemplateVersion v) -> v.number).reversed())
                .map(v -> new TemplateVersionSummary(v.id, v.number, v.createdAt.atOffset(ZoneOffset.UTC),
                        surveys.getOrDefault(v.id, 0L), responses.getOrDefault(v.id, 0L)))
                .toList();
        SurveyTemplateVersion current = versions.get(0);
        TemplateVersion currentDto = new TemplateVersion(current.id, template.id, template.program, current.number, current.content,
                current.createdAt.atOffset(ZoneOffset.UTC), surveys.getOrDefault(current.id, 0L), responses.getOrDefault(current.id, 0L));
        return new Template(template.id, template.program, template.name(), template.shipped, currentDto, summaries, template.version,
                template.createdAt.atOffset(ZoneOffset.UTC), template.updatedAt.atOffset(ZoneOffset.UTC));
    }

    private static TemplateVersion dto(SurveyTemplateVersion version) {
        long surveys = Survey.count("templateVersion.id", version.id);
        return new TemplateVersion(version.id, version.template.id, version.template.program, version.number, version.content,
                version.createdAt.atOffset(ZoneOffset.UTC), surveys, responseCount(version.id));
    }

    private static Map<Long, Long> counts(String jpql, List<Long> ids) {
        return SurveyTemplate.getEntityManager().createQuery(jpql, Object[].class).setParameter(1, ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
