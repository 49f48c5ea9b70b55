package jp.iwaki.matching.program;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a program target counts; actuals are counted from the records, never typed in. */
@Schema(name = "TargetMetric", description = """
        SUPPORTED_FIRMS 支援事業者数, INTRODUCTIONS 販路開拓先紹介数, DEALS 商談成約数,
        EXHIBITORS 出展者数, NEW_TRADING_PARTNERS 新規取引先開拓数
        """)
public enum TargetMetric {
    SUPPORTED_FIRMS, INTRODUCTIONS, DEALS, EXHIBITORS, NEW_TRADING_PARTNERS
}
