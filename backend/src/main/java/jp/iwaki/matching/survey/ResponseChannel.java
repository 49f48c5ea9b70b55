package jp.iwaki.matching.survey;

/** How a response was given: through its link, by the buyer signed in, or typed by staff from paper (代理入力). */
public enum ResponseChannel {
    LINK, SIGNED_IN, PROXY
}
