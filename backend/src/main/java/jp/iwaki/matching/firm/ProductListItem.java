package jp.iwaki.matching.firm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

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
