package jp.iwaki.matching.firm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductListItem", description = "A product in the list of every firm's products, with the firm it belongs to.",
        requiredProperties = {"id", "firmId", "firmTradeName", "name", "nameKana", "taxIncluded", "hasPhoto", "updatedAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductListItem(
        long id,
        long firmId,
        String firmTradeName,
        String name,
        String nameKana,
        String category,
        Integer priceYen,
        boolean taxIncluded,
        String contentVolume,
        String minimumLot,
        boolean hasPhoto,
        OffsetDateTime updatedAt) {
}
