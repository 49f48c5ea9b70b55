package jp.iwaki.matching.survey;

/** The language a buyer contact prefers for mails and the answer form. */
public enum Language {
    ja, en;

    public static Language of(String code) {
        return "en".equals(code) ? en : ja;
    }
}
