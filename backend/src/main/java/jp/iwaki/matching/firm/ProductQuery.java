package jp.iwaki.matching.firm;

/** The filters, page and order of the product list, as the client asked for them. */
public record ProductQuery(String q, Long firmId, Boolean hasPhoto, int page, int size, String sort) {
}
