package jp.iwaki.matching.negotiation;

/** 訪問, 電話, メール, オンライン. */
public enum FollowUpChannel {
    VISIT, PHONE, EMAIL, ONLINE
}
