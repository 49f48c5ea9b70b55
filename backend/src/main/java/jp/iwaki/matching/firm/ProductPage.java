package jp.iwaki.matching.firm;

import java.util.List;

public record ProductPage(List<ProductListItem> items, int page, int size, long total) {
}
