package jp.iwaki.matching.firm;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Industry", requiredProperties = {"code", "nameJa", "nameEn"})
public record IndustryDto(
        @Schema(description = "JSIC major category letter; AB is 農林漁業 as the plan's table groups it.") String code,
        String nameJa,
        String nameEn) {
}
