package jp.iwaki.matching.firm;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductPage", requiredProperties = {"items", "page", "size", "total"})
public record ProductPage(List<ProductListItem> items, int page, int size, long total) {
}
