package jp.iwaki.matching.program;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetUnit", description = "FIRMS 社, CASES 件")
public enum TargetUnit {
    FIRMS, CASES
}
