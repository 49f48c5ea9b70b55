package jp.iwaki.matching.buyer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BuyerType", description = "スーパー, 百貨店, 卸, 商社, 飲食, メーカー, その他")
public enum BuyerType {
    SUPERMARKET("スーパー"), DEPARTMENT_STORE("百貨店"), WHOLESALER("卸売"), TRADING_COMPANY("商社"), RESTAURANT("飲食店"),
    MANUFACTURER("メーカー"), OTHER("その他");

    /** As the office writes it in a spreadsheet (import and export). */
    public final String labelJa;

    BuyerType(String labelJa) {
        this.labelJa = labelJa;
    }
}
