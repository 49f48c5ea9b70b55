package jp.iwaki.matching.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Introductions from the buyers' picks: one candidate per buyer company and firm it picked products of. */
@ApplicationScoped
public class BuyerPickCandidates implements IntroductionSource {
    @Override
    public Kind kind() {
        return Kind.BUYER_PICKS;
    }

    @Override
    public List<Candidate> candidates(long projectId) {
        Map<List<Long>, Candidate> pairs = new LinkedHashMap<>();
        for (BuyerPick pick : BuyerPick.<BuyerPick>list("projectId = ?1 order by buyerCompanyId, firmId, productId", projectId)) {
            pairs.computeIfAbsent(List.of(pick.firmId, pick.buyerCompanyId),
                    k -> new Candidate(pick.firmId, pick.buyerCompanyId, new TreeSet<>())).productIds().add(pick.productId);
        }
        return List.copyOf(pairs.values());
    }
}
