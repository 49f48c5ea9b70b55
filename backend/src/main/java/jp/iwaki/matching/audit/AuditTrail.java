package jp.iwaki.matching.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.iwaki.matching.security.CurrentUser;

/** Records changes in the transaction that makes them, so the trail and the data agree. */
@ApplicationScoped
public class AuditTrail {

    public void record(String entityType, long entityId, AuditAction action, CurrentUser actor, List<FieldChange> changes) {
        AuditEvent event = new AuditEvent();
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.actorSubject = actor.subject();
        event.actorName = actor.displayName();
        event.at = Instant.now();
        event.changes = changes;
        event.persist();
    }

    public List<AuditEventDto> of(String entityType, long entityId) {
        return AuditEvent.of(entityType, entityId).stream()
                .map(e -> new AuditEventDto(e.action, e.actorSubject, e.actorName, e.at.atOffset(ZoneOffset.UTC), e.changes))
                .toList();
    }

    /** The fields whose values differ between two snapshots (same keys, in order). */
    public static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        return changes;
    }
}
