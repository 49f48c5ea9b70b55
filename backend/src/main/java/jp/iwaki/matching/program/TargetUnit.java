package jp.iwaki.matching.program;


public enum TargetUnit {
    FIRMS, CASES
}
