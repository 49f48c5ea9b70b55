package jp.iwaki.matching.buyer;


public enum BuyerType {
    SUPERMARKET("スーパー"), DEPARTMENT_STORE("百貨店"), WHOLESALER("卸売"), TRADING_COMPANY("商社"), RESTAURANT("飲食店"),
    MANUFACTURER("メーカー"), OTHER("その他");

    /** As the office writes it in a spreadsheet (import and export). */
    public final String labelJa;

    BuyerType(String labelJa) {
        this.labelJa = labelJa;
    }
}
