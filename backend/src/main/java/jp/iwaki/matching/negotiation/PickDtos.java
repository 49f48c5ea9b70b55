package jp.iwaki.matching.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** The shapes of the buyer's catalogue list and its picks. */
public final class PickDtos {
    private PickDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CatalogueProduct(long id, long firmId, String firmTradeName, String firmTradeNameKana, String name,
                                   String nameKana, String category, String description, Integer priceYen, boolean taxIncluded,
                                   String contentVolume, String shelfLife, String packaging, String minimumLot,
                                   boolean hasPhoto, boolean picked) {
    }

    public record Pick(long projectId, long buyerCompanyId, String buyerCompanyName, long productId, String productName,
                       long firmId, String firmTradeName, OffsetDateTime pickedAt) {
    }
}
