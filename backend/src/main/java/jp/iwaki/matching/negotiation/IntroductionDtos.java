package jp.iwaki.matching.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.negotiation.NegotiationDtos.Summary;
import jp.iwaki.matching.project.ProjectDtos.ProductRef;

/** The shapes of bulk introductions. */
public final class IntroductionDtos {
    private IntroductionDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(long firmId, String firmTradeName, long buyerCompanyId, String buyerCompanyName,
                            List<ProductRef> products, Long openNegotiationId) {
    }

    public record Pair(@NotNull Long firmId, @NotNull Long buyerCompanyId) {
    }

    public record Request(
            @NotNull Long projectId,
            @NotNull IntroductionSource.Kind source,
            @Size(max = 1000) List<@NotNull @Valid Pair> pairs,
            LocalDate introducedOn,
            @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String note) {
    }

    /** Why a candidate was not introduced. */
    public enum SkipReason {
        /** It already has an open negotiation in the project. */
        ALREADY_OPEN,
        /** The source does not propose this pair. */
        NOT_A_CANDIDATE,
        /** The firm or company is archived, or the firm no longer takes part in the project. */
        NOT_AVAILABLE
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Skip(long firmId, long buyerCompanyId, SkipReason reason, Long negotiationId) {
    }

    public record Result(List<Summary> created, List<Skip> skipped) {
    }
}
