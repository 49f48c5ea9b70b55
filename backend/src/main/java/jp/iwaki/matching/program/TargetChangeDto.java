package jp.iwaki.matching.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import jp.iwaki.matching.audit.FieldChange;

/** One saved change of a program target: the baseline or years' values that changed, by whom and when. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetChangeDto(TargetMetric metric, String actorSubject, String actorName, OffsetDateTime at, List<FieldChange> changes) {
}
