package jp.iwaki.matching.buyer;


public enum Region {
    HOKKAIDO("北海道"), TOHOKU("東北"), TOKYO_AREA("首都圏"), KANTO("関東"), CHUBU("中部"), KINKI("近畿"),
    CHUGOKU_SHIKOKU("中国・四国"), KYUSHU_OKINAWA("九州・沖縄"), OVERSEAS("海外");

    /** As the office writes it in a spreadsheet (import and export). */
    public final String labelJa;

    Region(String labelJa) {
        this.labelJa = labelJa;
    }
}
