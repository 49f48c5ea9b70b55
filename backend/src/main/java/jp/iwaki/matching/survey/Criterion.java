package jp.iwaki.matching.survey;

import java.util.function.Function;

/** The five things a buyer rates a product on, 1–5 (the plan's デザイン・味・価格・内容量・パッケージ). */
public enum Criterion {
    DESIGN("design", "デザイン", ProductRating::design),
    TASTE("taste", "味", ProductRating::taste),
    PRICE("price", "価格", ProductRating::price),
    CONTENT_VOLUME("contentVolume", "内容量", ProductRating::contentVolume),
    PACKAGE("package", "パッケージ", ProductRating::packaging);

    /** The name in JSON and in error fields. */
    public final String field;
    public final String japanese;
    private final Function<ProductRating, Integer> value;

    Criterion(String field, String japanese, Function<ProductRating, Integer> value) {
        this.field = field;
        this.japanese = japanese;
        this.value = value;
    }

    public Integer of(ProductRating rating) {
        return value.apply(rating);
    }
}
