package jp.iwaki.matching.buyer;

/** The filters, page and order of a buyer company list, as the client asked for them. */
public record BuyerCompanyQuery(String q, BuyerType type, Region region, boolean archived, int page, int size, String sort) {
}
