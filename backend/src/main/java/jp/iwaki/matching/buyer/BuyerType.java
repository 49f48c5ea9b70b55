package jp.iwaki.matching.buyer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BuyerType", description = "スーパー, 百貨店, 卸, 商社, 飲食, メーカー, その他")
public enum BuyerType {
    SUPERMARKET, DEPARTMENT_STORE, WHOLESALER, TRADING_COMPANY, RESTAURANT, MANUFACTURER, OTHER
}
