package jp.iwaki.matching.buyer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BuyerCompanyPage", requiredProperties = {"items", "page", "size", "total"})
public record BuyerCompanyPage(List<BuyerCompanyDto> items, int page, int size, long total) {
}
