package jp.iwaki.matching.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.negotiation.IntroductionDtos.Candidate;
import jp.iwaki.matching.negotiation.IntroductionDtos.Pair;
import jp.iwaki.matching.negotiation.IntroductionDtos.Request;
import jp.iwaki.matching.negotiation.IntroductionDtos.Result;
import jp.iwaki.matching.negotiation.IntroductionDtos.Skip;
import jp.iwaki.matching.negotiation.IntroductionDtos.SkipReason;
import jp.iwaki.matching.negotiation.NegotiationDtos.PersonRef;
import jp.iwaki.matching.project.Participation;
import jp.iwaki.matching.project.Project;

/**
 * Introductions in bulk: the candidates an {@link IntroductionSource} proposes for a project, and
 * one INTRODUCED negotiation for each that has no open one yet. Running it twice creates nothing
 * the second time.
 */
@ApplicationScoped
public class Introductions {
    private final Instance<IntroductionSource> sources;
    private final NegotiationService negotiations;

    Introductions(Instance<IntroductionSource> sources, NegotiationService negotiations) {
        this.sources = sources;
        this.negotiations = negotiations;
    }

    @Transactional
    public List<Candidate> candidates(long projectId, IntroductionSource.Kind kind) {
        Project project = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> NegotiationService.notFound("projectId", "Project", projectId));
        List<IntroductionSource.Candidate> found = source(kind).candidates(project.id);
        Map<Long, Firm> firms = byId(Firm.class, found.stream().map(IntroductionSource.Candidate::firmId).toList());
        Map<Long, BuyerCompany> companies = byId(BuyerCompany.class, found.stream().map(IntroductionSource.Candidate::buyerCompanyId).toList());
        Comparator<Candidate> order = Comparator.comparing((Candidate c) -> firms.get(c.firmId()).tradeNameKana)
                .thenComparing(c -> companies.get(c.buyerCompanyId()).nameKana).thenComparing(Candidate::buyerCompanyId);
        return found.stream().map(c -> new Candidate(c.firmId(), firms.get(c.firmId()).tradeName, c.buyerCompanyId(),
                        companies.get(c.buyerCompanyId()).name, NegotiationService.products(c.productIds()),
                        Negotiation.openOf(project.id, c.firmId(), c.buyerCompanyId()).map(n -> n.id).orElse(null)))
                .sorted(order).toList();
    }

    @Transactional
    public Result introduce(Request request) {
        Project project = NegotiationService.openProject(request.projectId(), "projectId");
        LocalDate introducedOn = request.introducedOn() == null ? LocalDate.now(FiscalYear.JAPAN) : request.introducedOn();
        List<FieldError> errors = new ArrayList<>();
        NegotiationService.checkNotFuture(introducedOn, "introducedOn", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Map<Pair, IntroductionSource.Candidate> proposed = new LinkedHashMap<>();
        for (IntroductionSource.Candidate c : source(request.source()).candidates(project.id)) {
            proposed.put(new Pair(c.firmId(), c.buyerCompanyId()), c);
        }
        Set<Pair> wanted = request.pairs() == null ? proposed.keySet() : new LinkedHashSet<>(request.pairs());
        List<Negotiation> created = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (Pair pair : wanted) {
            IntroductionSource.Candidate candidate = proposed.get(pair);
            if (candidate == null) {
                skipped.add(new Skip(pair.firmId(), pair.buyerCompanyId(), SkipReason.NOT_A_CANDIDATE, null));
                continue;
            }
            Optional<Negotiation> open = Negotiation.openOf(project.id, pair.firmId(), pair.buyerCompanyId());
            if (open.isPresent()) {
                skipped.add(new Skip(pair.firmId(), pair.buyerCompanyId(), SkipReason.ALREADY_OPEN, open.get().id));
                continue;
            }
            Firm firm = Firm.findById(pair.firmId());
            BuyerCompany company = BuyerCompany.findById(pair.buyerCompanyId());
            if (firm == null || firm.isArchived() || company == null || company.isArchived()
                    || Participation.count("projectId = ?1 and firmId = ?2", project.id, firm.id) == 0) {
                skipped.add(new Skip(pair.firmId(), pair.buyerCompanyId(), SkipReason.NOT_AVAILABLE, null));
                continue;
            }
            PersonRef owner = firm.advisorSubject == null ? null : new PersonRef(firm.advisorSubject, firm.advisorName);
            created.add(negotiations.begin(new NegotiationService.Beginning(project, firm.id, company.id, null, owner,
                    request.source().negotiationSource, introducedOn, null, candidate.productIds(), request.note())));
        }
        return new Result(negotiations.summaries(created), skipped);
    }

    private IntroductionSource source(IntroductionSource.Kind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow(() -> new ApiException(ProblemType.UNPROCESSABLE,
                "Introductions from " + kind + " are not available", List.of(new FieldError("source", "introduction.source.unavailable",
                        "This source of introductions is not available"))));
    }

    private static <T> Map<Long, T> byId(Class<T> entity, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, T> found = new java.util.HashMap<>();
        for (Object row : Project.getEntityManager()
                .createQuery("select e from " + entity.getSimpleName() + " e where e.id in :ids", entity)
                .setParameter("ids", ids).getResultList()) {
            T typed = entity.cast(row);
            found.put(row instanceof Firm f ? f.id : ((BuyerCompany) row).id, typed);
        }
        return found;
    }
}
