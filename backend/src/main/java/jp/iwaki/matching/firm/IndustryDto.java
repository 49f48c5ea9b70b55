package jp.iwaki.matching.firm;


public record IndustryDto(
        String code,
        String nameJa,
        String nameEn) {
}
