package jp.iwaki.matching.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEventDto(
        AuditAction action,
        String actorSubject,
        String actorName,
        OffsetDateTime at,
        List<FieldChange> changes) {
}
