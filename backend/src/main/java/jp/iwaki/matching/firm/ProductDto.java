package jp.iwaki.matching.firm;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Product", requiredProperties = {"id", "firmId", "name", "nameKana", "taxIncluded", "hasPhoto", "version"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductDto(
        long id,
        long firmId,
        String name,
        String nameKana,
        String category,
        String description,
        Integer priceYen,
        boolean taxIncluded,
        String contentVolume,
        String shelfLife,
        String packaging,
        String minimumLot,
        @Schema(description = "Whether GET /api/products/{id}/photo has an image") boolean hasPhoto,
        long version) {
}
