package jp.iwaki.matching.firm;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FirmPage", requiredProperties = {"items", "page", "size", "total"})
public record FirmPage(List<FirmDto> items, int page, int size, long total) {
}
