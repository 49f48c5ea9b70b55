package jp.iwaki.matching.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.security.CurrentUser;
import java.util.LinkedHashMap;

@ApplicationScoped
public class ProgramService {
    /** The kind of record a target's changes are filed under in the audit trail (by program_target.id). */
    static final String AUDIT_TYPE = "program_target";

    private final ProgramMapper mapper;
    private final IwakiConfig.Plan plan;
    private final AuditTrail audit;

    ProgramService(ProgramMapper mapper, IwakiConfig config, AuditTrail audit) {
        this.mapper = mapper;
        this.plan = config.plan();
        this.audit = audit;
    }

    /** Buyers see the catalogue only; targets are for the chamber's staff. */
    @Transactional
    public List<ProgramDto> list(boolean withTargets) {
        return Program.listInPlanOrder().stream()
                .map(mapper::toDto)
                .map(dto -> withTargets ? dto : dto.withoutTargets())
                .toList();
    }

    @Transactional
    public Optional<ProgramDto> find(ProgramCode code, boolean withTargets) {
        return Program.findByCode(code)
                .map(mapper::toDto)
                .map(dto -> withTargets ? dto : dto.withoutTargets());
    }

    /**
     * Replaces the texts and targets of a program when {@code expectedVersion} is still
     * current. Every metric of the program must be given, and no other.
     */
    @Transactional
    public ProgramDto update(ProgramCode code, long expectedVersion, ProgramUpdate update, CurrentUser actor) {
        String subject = actor.subject();
        Program program = Program.findByCode(code).orElseThrow(() -> ApiException.notFound("Program " + code));
        Editable.requireEditable(program, expectedVersion);
        List<FieldError> errors = checkTargets(program, update.targets());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        program.nameJa = update.nameJa().strip();
        program.nameEn = update.nameEn().strip();
        program.descriptionJa = update.descriptionJa().strip();
        program.descriptionEn = update.descriptionEn().strip();
        program.updatedAt = Instant.now();
        program.updatedBy = subject;
        for (ProgramTargetUpdate given : update.targets()) {
            ProgramTarget target = program.target(given.metric()).orElseThrow();
            Map<String, String> before = snapshot(target);
            target.baseline = given.baseline();
            Map<Integer, Integer> yearly = new TreeMap<>();
            given.yearly().forEach(y -> yearly.put(y.fiscalYear(), y.value()));
            target.yearly.clear();
            target.yearly.putAll(yearly);
            List<FieldChange> changes = AuditTrail.changes(before, snapshot(target));
            // A year left out is a removed target: it shows as a change to nothing.
            before.forEach((field, value) -> {
                if (!snapshot(target).containsKey(field)) {
                    changes.add(new FieldChange(field, value, null));
                }
            });
            if (!changes.isEmpty()) {
                audit.record(AUDIT_TYPE, target.id, AuditAction.UPDATE, actor, changes);
            }
        }
        // Flush here so that a concurrent update surfaces as a stale version (412) now.
        Program.flush();
        return mapper.toDto(program);
    }

    /** Who changed which targets of the program, newest first. */
    @Transactional
    public Optional<List<TargetChangeDto>> targetHistory(ProgramCode code) {
        return Program.findByCode(code).map(program -> {
            List<TargetChangeDto> history = new ArrayList<>();
            for (ProgramTarget target : program.targets) {
                audit.of(AUDIT_TYPE, target.id).forEach(e ->
                        history.add(new TargetChangeDto(target.metric, e.actorSubject(), e.actorName(), e.at(), e.changes())));
            }
            history.sort(java.util.Comparator.comparing(TargetChangeDto::at).reversed());
            return history;
        });
    }

    /** A target as the history shows it: the baseline, then each year's value by its label. */
    private static Map<String, String> snapshot(ProgramTarget target) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("baseline", Integer.toString(target.baseline));
        target.yearly.forEach((year, value) -> values.put(FiscalYear.of(year).label(), Integer.toString(value)));
        return values;
    }

    private List<FieldError> checkTargets(Program program, List<ProgramTargetUpdate> targets) {
        List<FieldError> errors = new ArrayList<>();
        Set<TargetMetric> expected = EnumSet.noneOf(TargetMetric.class);
        program.targets.forEach(t -> expected.add(t.metric));
        Set<TargetMetric> seen = EnumSet.noneOf(TargetMetric.class);
        for (int i = 0; i < targets.size(); i++) {
            ProgramTargetUpdate target = targets.get(i);
            String at = "targets[" + i + "]";
            if (!expected.contains(target.metric())) {
                errors.add(new FieldError(at + ".metric", "program.metric.unknown",
                        target.metric() + " is not a metric of " + program.code,
                        Map.of("metric", target.metric().name())));
            } else if (!seen.add(target.metric())) {
                errors.add(new FieldError(at + ".metric", "program.metric.duplicate",
                        target.metric() + " is given twice", Map.of("metric", target.metric().name())));
            }
            Set<Integer> years = new HashSet<>();
            for (int j = 0; j < target.yearly().size(); j++) {
                int fiscalYear = target.yearly().get(j).fiscalYear();
                String yearAt = at + ".yearly[" + j + "].fiscalYear";
                if (!plan.contains(FiscalYear.of(fiscalYear))) {
                    errors.add(new FieldError(yearAt, "program.fiscalYear.outsidePlan",
                            "Fiscal year must lie within the plan, " + plan.firstFiscalYear() + "–" + plan.lastFiscalYear(),
                            Map.of("min", plan.firstFiscalYear(), "max", plan.lastFiscalYear())));
                } else if (!years.add(fiscalYear)) {
                    errors.add(new FieldError(yearAt, "program.fiscalYear.duplicate",
                            "Fiscal year " + fiscalYear + " is given twice", Map.of("fiscalYear", fiscalYear)));
                }
            }
        }
        for (TargetMetric missing : expected) {
            if (!seen.contains(missing)) {
                errors.add(new FieldError("targets", "program.metric.missing",
                        "The target for " + missing + " is missing", Map.of("metric", missing.name())));
            }
        }
        return errors;
    }
}
