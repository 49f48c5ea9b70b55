package jp.iwaki.matching.buyer;

import java.util.List;

public record BuyerCompanyPage(List<BuyerCompanyDto> items, int page, int size, long total) {
}
