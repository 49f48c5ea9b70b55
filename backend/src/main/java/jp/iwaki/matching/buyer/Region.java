package jp.iwaki.matching.buyer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "TOKYO_AREA is 首都圏 (Tokyo, Kanagawa, Saitama, Chiba); KANTO the rest of 関東")
public enum Region {
    HOKKAIDO, TOHOKU, TOKYO_AREA, KANTO, CHUBU, KINKI, CHUGOKU_SHIKOKU, KYUSHU_OKINAWA, OVERSEAS
}
