package jp.iwaki.matching.firm;

import java.util.List;

public record FirmPage(List<FirmDto> items, int page, int size, long total) {
}
