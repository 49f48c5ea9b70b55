package jp.iwaki.matching.program;

import java.util.List;

public record ProgramTargetDto(
        TargetMetric metric,
        TargetUnit unit,
        int baseline,
        List<YearlyTarget> yearly) {
}
