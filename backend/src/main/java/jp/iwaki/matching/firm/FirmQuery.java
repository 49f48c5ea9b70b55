package jp.iwaki.matching.firm;

/** The filters, page and order of a firm list, as the client asked for them. */
public record FirmQuery(String q, String industry, Boolean member, String advisor, boolean archived,
                        int page, int size, String sort) {
}
