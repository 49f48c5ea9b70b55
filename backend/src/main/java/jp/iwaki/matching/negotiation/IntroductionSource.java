package jp.iwaki.matching.negotiation;

import java.util.List;
import java.util.Set;

/**
 * Where bulk introductions come from: each source proposes, for a project, the firm × buyer
 * company pairs to introduce and the products they are about. Buyer picks are one source; the
 * needs surveys' "want to negotiate" marks are the other. A source is a CDI bean; adding one is
 * adding a bean of this type.
 */
public interface IntroductionSource {
    enum Kind {
        SURVEY_MARKS(NegotiationSource.SURVEY_MARKS), BUYER_PICKS(NegotiationSource.BUYER_PICKS);

        final NegotiationSource negotiationSource;

        Kind(NegotiationSource negotiationSource) {
            this.negotiationSource = negotiationSource;
        }
    }

    /** One pair to introduce, with every product the source names for it. */
    record Candidate(long firmId, long buyerCompanyId, Set<Long> productIds) {
    }

    Kind kind();

    /** The project's candidates, one per firm and buyer company. */
    List<Candidate> candidates(long projectId);
}
