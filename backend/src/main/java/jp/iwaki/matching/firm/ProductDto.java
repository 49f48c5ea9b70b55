package jp.iwaki.matching.firm;

import com.fasterxml.jackson.annotation.JsonInclude;

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
        boolean hasPhoto,
        long version) {
}
